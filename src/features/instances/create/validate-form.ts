/**
 * Every check of the create form, before anything is sent: the spec's create rules (from the
 * domain's `validateCreateServer`, each violation placed next to its field and translated), plus
 * what the form itself needs (choices made, numbers that are numbers, a fixed IP in the subnet,
 * metadata keys used once).
 */
import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { Flavor } from '../../../domain/compute-types';
import { CREATE_LIMITS, validateCreateServer } from '../../../domain/create-server-rules';
import type { Image } from '../../../domain/image-types';
import { checkFixedIp } from '../../../domain/ipv4';
import type { VpcSubnet } from '../../../domain/network-types';
import {
  type CreateInstanceFormValues,
  countOf,
  filledMetadataRows,
  formToPlan,
  usesRootVolume,
  violationPath,
} from './create-form';
import { violationMessage } from './violation-messages';

export interface FormContext {
  image: Image | null | undefined;
  flavor: Flavor | null | undefined;
  subnet: VpcSubnet | null | undefined;
  /** The tenant's security group names, once known. */
  securityGroupNames?: readonly string[];
}

export function validateCreateForm(
  values: CreateInstanceFormValues,
  context: FormContext,
  t: TFunction,
): FormErrors {
  const errors: FormErrors = {};
  const add = (path: string, message: string) => {
    if (errors[path] === undefined) errors[path] = message;
  };

  // What the request cannot do without.
  if (!values.imageId) add('imageId', t('createInstance.validation.imageRequired'));
  if (!values.flavorId) add('flavorId', t('createInstance.validation.flavorRequired'));
  if (!values.subnetId) add('subnetId', t('createInstance.validation.subnetRequired'));
  if (!values.keyName) add('keyName', t('createInstance.validation.keypairRequired'));

  // Numbers that are whole numbers (the rules then judge their size).
  const count = countOf(values);
  if (!Number.isInteger(count)) {
    add('count', t('createInstance.validation.countInteger', { max: CREATE_LIMITS.maxCount }));
  }
  if (usesRootVolume(context.flavor)) {
    const size = values.rootVolume.sizeGb;
    if (typeof size !== 'number' || !Number.isInteger(size)) {
      add('rootVolume.sizeGb', t('createInstance.validation.sizeInteger'));
    }
  }

  // The spec's rules, where they belong.
  const plan = formToPlan(values, { image: context.image, flavor: context.flavor });
  for (const violation of validateCreateServer(plan)) {
    add(violationPath(violation, values), violationMessage(t, violation));
  }

  // The network: a fixed IP must be a usable address of the subnet, for one instance.
  const fixedIp = values.fixedIp.trim();
  if (fixedIp !== '' && context.subnet) {
    const problem = checkFixedIp(fixedIp, context.subnet, Number.isInteger(count) ? count : 1);
    if (problem) {
      add(
        'fixedIp',
        t(`createInstance.validation.fixedIp.${problem}`, {
          ip: fixedIp,
          cidr: context.subnet.cidr,
        }),
      );
    }
  }

  // Security groups that exist.
  if (context.securityGroupNames) {
    const unknown = values.securityGroups.find(
      (name) => !context.securityGroupNames?.includes(name),
    );
    if (unknown) {
      add('securityGroups', t('createInstance.validation.unknownSecurityGroup', { name: unknown }));
    }
  }

  // Metadata: a key named twice would silently keep only the last value.
  const seen = new Set<string>();
  for (const { row, index } of filledMetadataRows(values.metadata)) {
    if (row.key !== '' && seen.has(row.key)) {
      add(
        `metadata.${index}.key`,
        t('createInstance.validation.metadataDuplicate', { key: row.key }),
      );
    }
    seen.add(row.key);
  }
  return errors;
}

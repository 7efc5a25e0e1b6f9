/**
 * Every check of the create form, before anything is sent: the create rules (from the domain's
 * `validateCreateServer`, each violation placed next to its field and translated), plus what the
 * form itself needs (choices made, numbers that are numbers, a fixed IP in the subnet, metadata
 * keys used once, both halves of an encryption key, a placement policy that still exists).
 */
import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { CREATE_LIMITS, validateCreateServer } from '../../../domain/create-server-rules';
import { checkFixedIp } from '../../../domain/ipv4';
import type { VpcSubnet } from '../../../domain/network-types';
import { missingEncryptionKeyParts } from '../../../domain/volume-encryption';
import {
  asksRootVolume,
  type CreateInstanceFormValues,
  countOf,
  type EncryptionValues,
  filledMetadataRows,
  type Lookups,
} from './create-form';
import { formToPlan } from './form-plan';
import { violationMessage } from './violation-messages';
import { violationPath } from './violation-path';

export interface FormContext extends Lookups {
  subnet: VpcSubnet | null | undefined;
  /** The tenant's security group names, once known. */
  securityGroupNames?: readonly string[];
  /** The region's placement policy ids, once known. */
  placementPolicyIds?: readonly string[];
}

const isWholeNumber = (value: number | string) =>
  typeof value === 'number' && Number.isInteger(value);

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
  if (values.bootSource === 'image' && !values.imageId)
    add('imageId', t('createInstance.validation.imageRequired'));
  if (values.bootSource === 'volume' && !values.volumeId)
    add('volumeId', t('createInstance.validation.volumeRequired'));
  if (values.bootSource === 'snapshot' && !values.snapshotId)
    add('snapshotId', t('createInstance.validation.snapshotRequired'));
  if (!values.flavorId) add('flavorId', t('createInstance.validation.flavorRequired'));
  if (!values.subnetId) add('subnetId', t('createInstance.validation.subnetRequired'));
  if (!values.keyName) add('keyName', t('createInstance.validation.keypairRequired'));

  // Numbers that are whole numbers (the rules then judge their size).
  const count = countOf(values);
  if (!Number.isInteger(count)) {
    add('count', t('createInstance.validation.countInteger', { max: CREATE_LIMITS.maxCount }));
  }
  if (asksRootVolume(values, context.flavor) && !isWholeNumber(values.rootVolume.sizeGb)) {
    add('rootVolume.sizeGb', t('createInstance.validation.sizeInteger'));
  }
  values.extraVolumes.forEach((row, i) => {
    if (!isWholeNumber(row.sizeGb)) {
      add(`extraVolumes.${i}.sizeGb`, t('createInstance.validation.sizeInteger'));
    }
  });

  // The create rules, where they belong.
  for (const violation of validateCreateServer(formToPlan(values, context))) {
    add(violationPath(violation, values), violationMessage(t, violation));
  }

  // An encrypted type needs both halves of its key; the rule's message went to the first empty one.
  const keyFields = (prefix: string, volumeType: string, encryption: EncryptionValues) => {
    for (const part of missingEncryptionKeyParts(volumeType, encryption)) {
      add(`${prefix}.encryption.${part}`, t(`createInstance.validation.${part}Required`));
    }
  };
  if (asksRootVolume(values, context.flavor)) {
    keyFields('rootVolume', values.rootVolume.volumeType, values.rootVolume.encryption);
  }
  values.extraVolumes.forEach((row, i) => {
    keyFields(`extraVolumes.${i}`, row.volumeType, row.encryption);
  });

  // A placement policy deleted since the page loaded would be refused.
  if (
    values.placementPolicyId &&
    context.placementPolicyIds &&
    !context.placementPolicyIds.includes(values.placementPolicyId)
  ) {
    add('placementPolicyId', t('createInstance.validation.placementPolicyGone'));
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

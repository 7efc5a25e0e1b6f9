import type { UseFormReturnType } from '@mantine/form';
import { EncryptionKeyFields } from '../../../components/encryption-key-fields';
import type { CreateInstanceFormValues } from './create-form';

/**
 * The Secure Key Manager key of a new volume of the instance, when its type is encrypted: the
 * shared key fields, bound to this form. `row` names an extra volume's fields; without it they
 * are the root's.
 */
export function EncryptionFields({
  form,
  prefix,
  volumeType,
  row,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  /** The form path of the volume: `rootVolume` or `extraVolumes.<i>`. */
  prefix: 'rootVolume' | `extraVolumes.${number}`;
  volumeType: string;
  /** 1-based number of an extra volume. */
  row?: number;
}) {
  return (
    <EncryptionKeyFields
      volumeType={volumeType}
      row={row}
      testId={`${prefix}-encryption`}
      appKey={form.getInputProps(`${prefix}.encryption.appKey`)}
      keyId={form.getInputProps(`${prefix}.encryption.keyId`)}
    />
  );
}

/**
 * The Secure Key Manager key an encrypted volume type needs (`nhn_encryption` with `skm_appkey`
 * and `skm_key_id`: current guides, 블록 스토리지 생성하기 and 인스턴스 생성하기), as an operator
 * types it. One rule for every form that makes a volume (a new instance's volumes, a new volume).
 */
import { isEncryptedVolumeType } from './create-server-plan';

/** The two halves of the key, as typed. */
export interface EncryptionKeyInput {
  appKey: string;
  keyId: string;
}

/** `nhn_encryption` as the APIs take it. */
export interface NhnEncryption {
  skm_appkey: string;
  skm_key_id: string;
}

export type EncryptionKeyPart = keyof EncryptionKeyInput;

/** `nhn_encryption` for an encrypted type (what was typed, trimmed); undefined for other types. */
export function nhnEncryptionOf(
  volumeType: string,
  key: EncryptionKeyInput,
): NhnEncryption | undefined {
  if (!isEncryptedVolumeType(volumeType)) return undefined;
  return { skm_appkey: key.appKey.trim(), skm_key_id: key.keyId.trim() };
}

/** The halves of the key still to be typed for an encrypted type (none for other types). */
export function missingEncryptionKeyParts(
  volumeType: string,
  key: EncryptionKeyInput,
): EncryptionKeyPart[] {
  if (!isEncryptedVolumeType(volumeType)) return [];
  return (['appKey', 'keyId'] as const).filter((part) => key[part].trim() === '');
}

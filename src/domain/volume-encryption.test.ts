import { describe, expect, it } from 'vitest';
import { missingEncryptionKeyParts, nhnEncryptionOf } from './volume-encryption';

describe('the Secure Key Manager key of an encrypted volume type', () => {
  it('is sent trimmed for an encrypted type, and not at all for another', () => {
    const key = { appKey: ' app ', keyId: ' key-1 ' };
    expect(nhnEncryptionOf('Encrypted SSD', key)).toEqual({
      skm_appkey: 'app',
      skm_key_id: 'key-1',
    });
    expect(nhnEncryptionOf('General SSD', key)).toBeUndefined();
  });

  it('names each half still to be typed, only for an encrypted type', () => {
    expect(missingEncryptionKeyParts('Encrypted HDD', { appKey: '', keyId: '  ' })).toEqual([
      'appKey',
      'keyId',
    ]);
    expect(missingEncryptionKeyParts('Encrypted HDD', { appKey: 'a', keyId: '' })).toEqual([
      'keyId',
    ]);
    expect(missingEncryptionKeyParts('Encrypted HDD', { appKey: 'a', keyId: 'k' })).toEqual([]);
    expect(missingEncryptionKeyParts('General HDD', { appKey: '', keyId: '' })).toEqual([]);
  });
});

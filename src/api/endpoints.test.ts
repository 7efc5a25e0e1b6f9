import { describe, expect, it } from 'vitest';
import { externalUrl } from './endpoints';

describe('externalUrl', () => {
  it('names NHN Cloud hosts for the real backend', () => {
    expect(externalUrl('/api/compute/kr1/v2/t/servers/s/action', false, 'http://c')).toBe(
      'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/t/servers/s/action',
    );
    expect(externalUrl('/api/block-storage/jp1/v2/t/volumes', false, 'http://c')).toBe(
      'https://jp1-api-block-storage-infrastructure.nhncloudservice.com/v2/t/volumes',
    );
    expect(externalUrl('/api/identity/v2.0/tokens', false, 'http://c')).toBe(
      'https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens',
    );
  });
  it('names the console proxy with the emulator', () => {
    expect(externalUrl('/api/compute/kr1/v2/t/servers', true, 'http://127.0.0.1:5173')).toBe(
      'http://127.0.0.1:5173/api/compute/kr1/v2/t/servers',
    );
  });
});

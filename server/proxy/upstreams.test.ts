import { describe, expect, it } from 'vitest';
import { REGIONS, resolveUpstream, SERVICES, upstreamTable } from './upstreams';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

describe('the upstream table with NHN_BACKEND=nhn', () => {
  const table = upstreamTable('nhn', 'http://127.0.0.1:8774');
  const resolve = (path: string) => resolveUpstream(table, path)?.toString() ?? null;

  it('maps identity to the one identity host', () => {
    expect(resolve('/api/identity/v2.0/tokens')).toBe(
      'https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens',
    );
  });

  it.each([
    [
      'compute',
      'kr1',
      `/v2/${TENANT}/servers/detail?limit=5`,
      `https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/${TENANT}/servers/detail?limit=5`,
    ],
    [
      'compute',
      'jp1',
      `/v2/${TENANT}/flavors`,
      `https://jp1-api-instance-infrastructure.nhncloudservice.com/v2/${TENANT}/flavors`,
    ],
    [
      'image',
      'kr2',
      '/v2/images',
      'https://kr2-api-image-infrastructure.nhncloudservice.com/v2/images',
    ],
    [
      'network',
      'kr3',
      '/v2.0/vpcs',
      'https://kr3-api-network-infrastructure.nhncloudservice.com/v2.0/vpcs',
    ],
    [
      'block-storage',
      'kr1',
      `/v2/${TENANT}/volumes/detail`,
      `https://kr1-api-block-storage-infrastructure.nhncloudservice.com/v2/${TENANT}/volumes/detail`,
    ],
  ])('maps %s in %s to its regional host', (service, region, rest, expected) => {
    expect(resolve(`/api/${service}/${region}${rest}`)).toBe(expected);
  });

  it('has one entry per service and region, and identity', () => {
    expect(table).toHaveLength(1 + SERVICES.length * REGIONS.length);
    for (const { target } of table)
      expect(new URL(target).hostname).toMatch(/\.nhncloudservice\.com$/);
  });
});

describe('the upstream table with the emulator', () => {
  const table = upstreamTable('emulator', 'http://127.0.0.1:9999');
  const resolve = (path: string) => resolveUpstream(table, path)?.toString() ?? null;

  it('maps every service onto the emulator path layout', () => {
    expect(resolve('/api/identity/v2.0/tokens')).toBe('http://127.0.0.1:9999/identity/v2.0/tokens');
    expect(resolve(`/api/compute/kr1/v2/${TENANT}/servers`)).toBe(
      `http://127.0.0.1:9999/compute/kr1/v2/${TENANT}/servers`,
    );
    expect(resolve('/api/image/jp1/v2/images?limit=2')).toBe(
      'http://127.0.0.1:9999/image/jp1/v2/images?limit=2',
    );
    expect(resolve('/api/network/kr2/v2.0/vpcs')).toBe(
      'http://127.0.0.1:9999/network/kr2/v2.0/vpcs',
    );
    expect(resolve(`/api/block-storage/kr1/v2/${TENANT}/types`)).toBe(
      `http://127.0.0.1:9999/block-storage/kr1/v2/${TENANT}/types`,
    );
  });
});

describe('what the table refuses', () => {
  const table = upstreamTable('nhn', 'http://127.0.0.1:8774');

  it.each([
    '/api',
    '/api/',
    '/api/evil.example.com/x',
    '/api/compute',
    '/api/compute/us1/v2/x',
    '/api/compute/kr1x/v2/x',
    '/api/compute/kr1@evil.example.com/v2',
    '/api/identityx/v2.0/tokens',
    '/api/object-storage/kr1/v1',
    '/_emulator/reset',
    '/compute/kr1/v2/x',
  ])('%s has no upstream', (path) => {
    expect(resolveUpstream(table, path)).toBeNull();
  });

  it('never leaves the upstream host, whatever the path says', () => {
    for (const path of [
      '/api/compute/kr1//evil.example.com/x',
      '/api/compute/kr1/..//evil.example.com',
      '/api/identity/@evil.example.com',
    ]) {
      const url = resolveUpstream(table, path);
      expect(url === null || url.hostname.endsWith('.nhncloudservice.com')).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { floorConfig } from './floors';

describe('floorConfig', () => {
  it('gives the floors the console’s session key, API paths and transitional statuses', () => {
    const config = floorConfig();
    expect(config).toContain('export const SESSION_KEY = "nhn-console.session";');
    expect(config).toContain('export const COMPUTE_BASE = "/api/compute/kr1/v2/{tenantId}";');
    expect(config).toContain(
      'export const BLOCK_STORAGE_BASE = "/api/block-storage/kr1/v2/{tenantId}";',
    );
    const transitional = JSON.parse(config.match(/TRANSITIONAL = (\[.*\]);/)?.[1] ?? '[]');
    expect(transitional).toContain('BUILD');
    expect(transitional).toContain('REBOOT');
    expect(transitional).not.toContain('ACTIVE');
    expect(transitional).not.toContain('SHUTOFF');
  });
});

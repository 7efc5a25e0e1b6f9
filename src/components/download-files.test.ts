import { describe, expect, it } from 'vitest';
import { novaTimeToIso, privateKeyFile, publicKeyFile } from './download-files';

describe('key pair files', () => {
  it('are named after the key pair', () => {
    expect(privateKeyFile('my key')).toBe('my key.pem');
    expect(publicKeyFile('demo-key')).toBe('demo-key.pub');
  });
});

describe('novaTimeToIso', () => {
  it('reads Nova times as UTC', () => {
    expect(novaTimeToIso('2020-02-07T03:46:48.000000')).toBe('2020-02-07T03:46:48.000Z');
    expect(new Date(novaTimeToIso('2020-02-07T03:46:48.123456') ?? '').toISOString()).toBe(
      '2020-02-07T03:46:48.123Z',
    );
    expect(novaTimeToIso('2020-02-07 03:46:48')).toBe('2020-02-07T03:46:48.000Z');
  });

  it('keeps a zone that is given, and what it cannot read', () => {
    expect(novaTimeToIso('2020-02-07T03:46:48Z')).toBe('2020-02-07T03:46:48.000Z');
    expect(novaTimeToIso('2020-02-07T12:46:48+09:00')).toBe('2020-02-07T12:46:48.000+09:00');
    expect(novaTimeToIso('yesterday')).toBe('yesterday');
    expect(novaTimeToIso(null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  canonicalStatus,
  isServerBusy,
  SERVER_STATUSES,
  SPEC_SERVER_STATUSES,
  statusInfo,
} from './server-status';

describe('the status table', () => {
  it('covers every status of the spec plus SHUTOFF', () => {
    const spec = [
      'ACTIVE',
      'BUILDING',
      'STOPPED',
      'SHELVED_OFFLOADED',
      'DELETED',
      'REBOOT',
      'HARD_REBOOT',
      'RESIZED',
      'REVERT_RESIZE',
      'VERIFY_RESIZE',
      'ERROR',
      'PAUSED',
      'REBUILD',
      'RESCUED',
      'SUSPENDED',
      'UNKNOWN',
    ];
    for (const status of [...spec, 'SHUTOFF'])
      expect(Object.keys(SERVER_STATUSES)).toContain(status);
    expect([...SPEC_SERVER_STATUSES].sort()).toEqual([...spec].sort());
  });

  it('marks the passing statuses transitional and the resting ones settled', () => {
    for (const s of [
      'BUILDING',
      'REBOOT',
      'HARD_REBOOT',
      'RESIZED',
      'REVERT_RESIZE',
      'VERIFY_RESIZE',
      'REBUILD',
    ]) {
      expect(statusInfo(s).transitional).toBe(true);
    }
    for (const s of [
      'ACTIVE',
      'SHUTOFF',
      'STOPPED',
      'SHELVED_OFFLOADED',
      'ERROR',
      'PAUSED',
      'SUSPENDED',
      'DELETED',
    ]) {
      expect(statusInfo(s).transitional).toBe(false);
    }
  });

  it('treats STOPPED as SHUTOFF and an unknown status as UNKNOWN', () => {
    expect(canonicalStatus('STOPPED')).toBe('SHUTOFF');
    expect(canonicalStatus('BUILD')).toBe('BUILDING');
    expect(statusInfo('SOMETHING_NEW')).toBe(SERVER_STATUSES.UNKNOWN);
  });

  it('calls a server busy while a task runs even in a settled status', () => {
    expect(isServerBusy({ status: 'ACTIVE', taskState: 'powering-off' })).toBe(true);
    expect(isServerBusy({ status: 'ACTIVE', taskState: null })).toBe(false);
    expect(isServerBusy({ status: 'REBOOT' })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  canonicalStatus,
  FILTERABLE_SERVER_STATUSES,
  GUIDE_SERVER_STATUSES,
  isServerBusy,
  knownStatus,
  LEGACY_STATUS_NAMES,
  SERVER_STATUSES,
  statusInfo,
} from './server-status';

describe('the status table', () => {
  it("covers every status of the current guide's table (인스턴스 상태), by Nova's names", () => {
    const guide = [
      'ACTIVE',
      'BUILD',
      'DELETED',
      'ERROR',
      'HARD_REBOOT',
      'MIGRATING',
      'PASSWORD',
      'PAUSED',
      'REBOOT',
      'REBUILD',
      'RESCUE',
      'RESIZE',
      'REVERT_RESIZE',
      'VERIFY_RESIZE',
      'SHELVED_OFFLOADED',
      'SHUTOFF',
      'SUSPENDED',
      'UNKNOWN',
    ];
    expect([...GUIDE_SERVER_STATUSES].sort()).toEqual([...guide].sort());
    for (const status of guide) expect(Object.keys(SERVER_STATUSES)).toContain(status);
    // The 2023 guide's vm_state names are aliases, never statuses of their own.
    for (const old of ['BUILDING', 'STOPPED', 'RESIZED', 'RESCUED'])
      expect(Object.keys(SERVER_STATUSES)).not.toContain(old);
  });

  it('never offers DELETED as a filter (Nova refuses it to non-administrators)', () => {
    expect(FILTERABLE_SERVER_STATUSES).not.toContain('DELETED');
    expect(FILTERABLE_SERVER_STATUSES).toContain('SHUTOFF');
    expect(FILTERABLE_SERVER_STATUSES).toHaveLength(GUIDE_SERVER_STATUSES.length - 1);
  });

  it('marks the passing statuses transitional and the resting ones settled', () => {
    for (const s of [
      'BUILD',
      'REBOOT',
      'HARD_REBOOT',
      'RESIZE',
      'REVERT_RESIZE',
      'VERIFY_RESIZE',
      'REBUILD',
      'MIGRATING',
      'PASSWORD',
      // old names read as their Nova status
      'BUILDING',
      'RESIZED',
    ]) {
      expect(statusInfo(s).transitional, s).toBe(true);
    }
    for (const s of [
      'ACTIVE',
      'SHUTOFF',
      'STOPPED',
      'SHELVED_OFFLOADED',
      'ERROR',
      'PAUSED',
      'SUSPENDED',
      'RESCUE',
      'RESCUED',
      'DELETED',
    ]) {
      expect(statusInfo(s).transitional, s).toBe(false);
    }
  });

  it('reads the 2023 names as the Nova status they mean, and an unknown status as UNKNOWN', () => {
    expect(LEGACY_STATUS_NAMES).toEqual({
      BUILDING: 'BUILD',
      STOPPED: 'SHUTOFF',
      RESIZED: 'RESIZE',
      RESCUED: 'RESCUE',
    });
    expect(canonicalStatus('STOPPED')).toBe('SHUTOFF');
    expect(canonicalStatus('BUILDING')).toBe('BUILD');
    expect(canonicalStatus('RESCUED')).toBe('RESCUE');
    expect(canonicalStatus('RESIZED')).toBe('RESIZE');
    expect(canonicalStatus('SHUTOFF')).toBe('SHUTOFF');
    expect(knownStatus('shutoff')).toBe('SHUTOFF');
    expect(knownStatus('SOMETHING_NEW')).toBeNull();
    expect(canonicalStatus('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(statusInfo('SOMETHING_NEW')).toBe(SERVER_STATUSES.UNKNOWN);
  });

  it('calls a server busy while a task runs even in a settled status', () => {
    expect(isServerBusy({ status: 'ACTIVE', taskState: 'powering-off' })).toBe(true);
    expect(isServerBusy({ status: 'ACTIVE', taskState: null })).toBe(false);
    expect(isServerBusy({ status: 'REBOOT' })).toBe(true);
  });
});

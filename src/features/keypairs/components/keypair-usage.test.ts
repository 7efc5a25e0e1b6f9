import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Server } from '../../../domain/compute-types';
import { deleteWaitsBecause, instancesOf, type KeypairUsage } from './keypair-usage';

const t = ((key: string) => key) as unknown as TFunction;
const web01 = { id: 'w1', name: 'web-01' } as Server;
const usage = (state: Partial<KeypairUsage>) => ({ isError: false, ...state }) as KeypairUsage;

describe('what deleting a key pair waits for', () => {
  it('knows the instances once every server is read: none is an empty list, not unknown', () => {
    const known = usage({ data: new Map([['demo-key', [web01]]]) });
    expect(instancesOf(known, 'demo-key')).toEqual([web01]);
    expect(instancesOf(known, 'spare-key')).toEqual([]);
    expect(deleteWaitsBecause(known, t)).toBeNull();
  });

  it('waits while the servers are read, and says so', () => {
    const loading = usage({ data: undefined });
    expect(instancesOf(loading, 'demo-key')).toBeUndefined();
    expect(deleteWaitsBecause(loading, t)).toBe('keypairs.delete.checkingUsage');
  });

  it('waits when reading them failed, and says to load them again', () => {
    const failed = usage({ data: undefined, isError: true });
    expect(instancesOf(failed, 'demo-key')).toBeUndefined();
    expect(deleteWaitsBecause(failed, t)).toBe('keypairs.delete.usageUnknown');
  });
});

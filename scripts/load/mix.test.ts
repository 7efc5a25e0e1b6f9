import { describe, expect, it } from 'vitest';
import { Rng } from '../fuzz/prng';
import { type ClientState, classify, nextOp, OP_WEIGHTS, OPS, plan, type Target } from './mix';

const target: Target = {
  region: 'kr1',
  tenantId: 't'.repeat(32),
  serverIds: ['s1', 's2'],
  ownServerId: 'own',
  publicKey: 'ssh-ed25519 AAAA test',
};

describe('the load mix', () => {
  it('draws the same ops for the same client seed, in the weights’ proportions', () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 20_000 }, () => nextOp(rng));
    };
    const ops = draw(1000);
    expect(draw(1000)).toEqual(ops);
    const total = Object.values(OP_WEIGHTS).reduce((a, b) => a + b, 0);
    for (const op of OPS) {
      const share = ops.filter((o) => o === op).length / ops.length;
      expect(Math.abs(share - OP_WEIGHTS[op] / total)).toBeLessThan(0.01);
    }
  });

  it('asks what the console asks, through /api/', () => {
    const rng = new Rng(1);
    const state: ClientState = { nextPower: 'os-stop', keypairs: 0 };
    expect(plan('listServers', rng, target, state, 0)[0]?.path).toBe(
      `/api/compute/kr1/v2/${target.tenantId}/servers/detail?limit=50`,
    );
    expect(plan('serverDetail', rng, target, state, 0)[0]?.path).toMatch(/\/servers\/s[12]$/);
    for (const op of OPS) {
      for (const r of plan(op, rng, target, { ...state }, 0))
        expect(r.path.startsWith('/api/')).toBe(true);
    }
  });

  it('stops and starts the client’s own server in turn, and deletes the key pair it made', () => {
    const rng = new Rng(1);
    const state: ClientState = { nextPower: 'os-stop', keypairs: 0 };
    const bodies = [1, 2, 3].map(() => plan('powerAction', rng, target, state, 7)[0]?.body);
    expect(bodies).toEqual(['{"os-stop":null}', '{"os-start":null}', '{"os-stop":null}']);
    const [create, remove] = plan('keypairCycle', rng, target, state, 7);
    expect(create?.method).toBe('POST');
    expect(JSON.parse(create?.body ?? '{}').keypair.name).toBe('load-c7-0');
    expect(remove?.method).toBe('DELETE');
    expect(remove?.path.endsWith('/os-keypairs/load-c7-0')).toBe(true);
    expect(plan('keypairCycle', rng, target, state, 7)[1]?.path.endsWith('load-c7-1')).toBe(true);
  });

  it('counts a write’s 409 as a conflict and everything else not 2xx as an error', () => {
    const read = plan('flavors', new Rng(1), target, { nextPower: 'os-stop', keypairs: 0 }, 0)[0];
    const write = plan(
      'powerAction',
      new Rng(1),
      target,
      { nextPower: 'os-stop', keypairs: 0 },
      0,
    )[0];
    if (!read || !write) throw new Error('no plan');
    expect(classify(read, 200)).toBe('ok');
    expect(classify(write, 202)).toBe('ok');
    expect(classify(write, 409)).toBe('conflict');
    expect(classify(read, 409)).toBe('error');
    expect(classify(write, 500)).toBe('error');
    expect(classify(read, null)).toBe('error');
    expect(classify(write, 404)).toBe('error');
  });
});

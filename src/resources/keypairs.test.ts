import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Server } from '../domain/compute-types';
import { createKeypairOptions, serversByKeypair } from './keypairs';

const PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEsecret\n-----END RSA PRIVATE KEY-----\n';

vi.mock('../api/compute', () => ({
  createKeypair: vi.fn(async (_scope: unknown, name: string) => ({
    name,
    fingerprint: 'SHA256:abc',
    public_key: 'ssh-rsa AAAA generated',
    user_id: 'u',
    private_key: PRIVATE_KEY,
  })),
}));

const scope = { region: 'kr1', tenantId: 't' };
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('creating a key pair', () => {
  it('leaves no copy of the private key in the mutation cache once the result is taken', async () => {
    const client = new QueryClient();
    const invalidate = vi.fn(async () => undefined);
    const observer = new MutationObserver(client, createKeypairOptions(scope, invalidate));
    const created = await observer.mutate({ name: 'k' });
    expect(created.private_key).toBe(PRIVATE_KEY);
    expect(invalidate).toHaveBeenCalled();
    // While the dialog holds the mutation, react-query has it…
    expect(
      JSON.stringify(
        client
          .getMutationCache()
          .getAll()
          .map((m) => m.state),
      ),
    ).toContain('PRIVATE KEY');
    // …and once the dialog resets it, nothing is left.
    observer.reset();
    await nextTask();
    expect(client.getMutationCache().getAll()).toHaveLength(0);
  });
});

describe('serversByKeypair', () => {
  it('groups servers by key name, in name order, and skips servers without one', () => {
    const server = (name: string, key: string | null) =>
      ({ id: name, name, key_name: key }) as Server;
    const grouped = serversByKeypair([
      server('web-02', 'demo-key'),
      server('web-01', 'demo-key'),
      server('bare', null),
      server('x', 'other'),
    ]);
    expect(grouped.get('demo-key')?.map((s) => s.name)).toEqual(['web-01', 'web-02']);
    expect(grouped.get('other')?.map((s) => s.name)).toEqual(['x']);
    expect([...grouped.keys()].sort()).toEqual(['demo-key', 'other']);
  });
});

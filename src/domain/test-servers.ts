/**
 * Servers shaped as `GET /servers/detail` answers them, for the collection's and the list's unit
 * tests. Only tests import this file.
 */
import type { Server } from './compute-types';

/** A server created `minute` minutes after 09:00 on 1 March 2026 (so later ones are newer). */
export function testServer(id: string, minute: number, fields: Partial<Server> = {}): Server {
  const created = new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString().replace('.000', '');
  return {
    id,
    name: id,
    status: 'ACTIVE',
    'OS-EXT-STS:task_state': null,
    'OS-EXT-AZ:availability_zone': 'kr-pub-a',
    flavor: { id: 'flv-m2', links: [] },
    image: { id: 'img-ubuntu', links: [] },
    metadata: {},
    addresses: {},
    key_name: 'demo-key',
    created,
    updated: created,
    ...fields,
  } as Server;
}

/** Names in order. */
export const names = (servers: readonly Pick<Server, 'name'>[]) => servers.map((s) => s.name);

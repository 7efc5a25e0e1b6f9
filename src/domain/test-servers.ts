/**
 * Servers (and their images) shaped as the APIs answer them, for the collection's, the list's and
 * the OS rules' unit tests. Only tests import this file.
 */
import type { Server } from './compute-types';
import type { Image } from './image-types';

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

/** An image as the Image API lists it. */
export const testImage = (fields: Partial<Image> & { id: string; name: string }): Image =>
  ({ status: 'active', visibility: 'public', ...fields }) as Image;

export const UBUNTU = testImage({
  id: 'img-ubuntu',
  name: 'Ubuntu Server 22.04.4 LTS (2024.05.21)',
  os_type: 'linux',
  os_distro: 'Ubuntu',
  os_version: '22.04',
});
export const WINDOWS = testImage({ id: 'img-win', name: 'Windows 2022 STD', os_type: 'windows' });

export const serverWith = (fields: Partial<Server>): Server =>
  ({
    id: 'srv-1',
    name: 'web-01',
    status: 'ACTIVE',
    'OS-EXT-STS:task_state': null,
    image: { id: UBUNTU.id, links: [] },
    metadata: {},
    ...fields,
  }) as Server;

/** The seed's app-from-volume: booted from a volume, so `image` is "" and the metadata says. */
export const FROM_VOLUME = serverWith({
  image: '',
  metadata: {
    image_name: 'Rocky Linux 9.4 (2024.06.18)',
    os_type: 'linux',
    os_distro: 'Rocky',
    os_version: '9.4',
  },
});

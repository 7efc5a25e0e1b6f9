/**
 * Stock OpenStack clients against the emulator: Debian's python3-openstackclient, with Keystone
 * v2.0 password auth, lists servers, flavors and key pairs, creates a server and stops it.
 * Runs where the `openstack` command exists (CI installs it; see .ci/run).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from './app';
import { DEMO } from './testing';

const run = promisify(execFile);
const OPENSTACK = ['/usr/bin/openstack', '/usr/local/bin/openstack'].find((path) =>
  existsSync(path),
);

describe.runIf(OPENSTACK)('python-openstackclient against the emulator', () => {
  const emulator = createEmulator({ transitionMs: 1000 });
  let server: ReturnType<typeof serve>;
  let base = '';

  beforeAll(async () => {
    server = serve({ fetch: emulator.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server?.close();
  });

  // The environment the README tells operators to set.
  const env = () => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    OS_AUTH_URL: `${base}/identity/v2.0`,
    OS_IDENTITY_API_VERSION: '2',
    OS_USERNAME: DEMO.username,
    OS_PASSWORD: DEMO.password,
    OS_TENANT_ID: DEMO.tenantId,
    OS_REGION_NAME: 'KR1',
    OS_INTERFACE: 'public',
  });
  const openstack = async (...args: string[]) => {
    const { stdout } = await run(OPENSTACK as string, [...args, '-f', 'json'], {
      env: env(),
      timeout: 60_000,
    });
    return JSON.parse(stdout);
  };

  it('lists servers, flavors and key pairs', { timeout: 120_000 }, async () => {
    const servers = (await openstack('server', 'list')) as { Name: string; Status: string }[];
    expect(servers.map((s) => s.Name)).toContain('web-01');
    expect(servers.find((s) => s.Name === 'db-master')?.Status).toBe('SHUTOFF');
    const flavors = (await openstack('flavor', 'list')) as { Name: string }[];
    expect(flavors.map((f) => f.Name)).toContain('m2.c2m4');
    const keypairs = (await openstack('keypair', 'list')) as {
      Name: string;
      Fingerprint: string;
    }[];
    expect(keypairs[0]).toMatchObject({
      Name: 'demo-key',
      Fingerprint: expect.stringMatching(/^SHA256:/),
    });
  });

  it('creates a server from a volume and stops it', { timeout: 120_000 }, async () => {
    const created = await openstack(
      'server',
      'create',
      '--flavor',
      'm2.c2m4',
      '--image',
      'Rocky Linux 9.4 (2024.06.18)',
      '--boot-from-volume',
      '20',
      '--network',
      'Default Network',
      '--key-name',
      'demo-key',
      'cli-created',
    );
    expect(created.status).toBe('BUILD');
    emulator.store.settle();
    const shown = await openstack('server', 'show', 'cli-created');
    expect(shown.status).toBe('ACTIVE');
    // `server stop` prints nothing.
    await run(OPENSTACK as string, ['server', 'stop', 'cli-created'], {
      env: env(),
      timeout: 60_000,
    });
    emulator.store.settle();
    expect((await openstack('server', 'show', 'cli-created')).status).toBe('SHUTOFF');
  });

  it('creates a U2 server with a local root when it names a block device; refuses one without, saying why', {
    timeout: 120_000,
  }, async () => {
    const images = (await openstack('image', 'list')) as { ID: string; Name: string }[];
    const ubuntu = images.find((i) => i.Name === 'Ubuntu Server 24.04.1 LTS (2024.09.24)');
    const common = [
      '--flavor',
      'u2.c1m1',
      '--network',
      'Default Network',
      '--key-name',
      'demo-key',
    ];
    // Today's NHN Cloud needs block_device_mapping_v2 for every flavor: an image alone is refused.
    const refused = await run(
      OPENSTACK as string,
      ['server', 'create', ...common, '--image', ubuntu?.ID ?? '', 'cli-u2-refused'],
      { env: env(), timeout: 60_000 },
    ).catch((error: { stderr: string }) => error);
    expect((refused as { stderr: string }).stderr).toContain('block_device_mapping_v2 is required');
    // With a block device (here a 10 GB data volume), the client puts the image first as the
    // local root (source_type image, destination_type local, boot_index 0).
    const created = await openstack(
      'server',
      'create',
      ...common,
      '--image',
      ubuntu?.ID ?? '',
      '--block-device',
      'source_type=blank,destination_type=volume,volume_size=10,boot_index=1',
      'cli-u2',
    );
    expect(created.status).toBe('BUILD');
    emulator.store.settle();
    const shown = await openstack('server', 'show', 'cli-u2');
    expect(shown.status).toBe('ACTIVE');
    expect(shown.volumes_attached).toHaveLength(1);
  });
});

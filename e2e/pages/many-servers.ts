/**
 * Many servers for the journeys of issue 10 (a list of hundreds), made through the emulator's
 * own compute API as any client would: `POST /servers` with `max_count` 10 (the most one request
 * may create), then every build completed. The plain seed's two /24 subnets have addresses for
 * about 480 more instances in kr1 (NHN keeps the first ten of each): the batches fill one, then
 * the other.
 */
import { type EmulatorControl, expect } from '../fixtures';
import { TENANT } from './instance-page';

export const PER_REQUEST = 10;

/**
 * Creates `count` servers named `<prefix>-<batch>-<n>` (newer than every seeded one) and settles
 * them. Returns their names.
 */
export async function createServers(
  emulator: EmulatorControl,
  count: number,
  prefix = 'node',
): Promise<string[]> {
  const json = async (path: string) => (await emulator.api('GET', path)).json();
  const flavors = await json(`/compute/kr1/v2/${TENANT}/flavors`);
  const images = await json('/image/kr1/v2/images?limit=100');
  const subnets = await json('/network/kr1/v2.0/vpcsubnets');
  const flavorRef = flavors.flavors.find((f: { name: string }) => f.name === 'u2.c1m1').id;
  const imageRef = images.images.find((i: { name: string }) =>
    i.name.startsWith('Ubuntu Server 24.04'),
  ).id as string;
  const subnetIds = ['default-subnet', 'backend-subnet'].map(
    (name) => subnets.vpcsubnets.find((s: { name: string }) => s.name === name).id as string,
  );
  const names: string[] = [];
  let subnet = 0;
  for (let batch = 0; names.length < count; batch++) {
    const size = Math.min(PER_REQUEST, count - names.length);
    const name = `${prefix}-${String(batch).padStart(3, '0')}`;
    const res = await emulator.api('POST', `/compute/kr1/v2/${TENANT}/servers`, {
      server: {
        name,
        flavorRef,
        imageRef,
        // A local root (U2): no volumes to make.
        block_device_mapping_v2: [
          {
            source_type: 'image',
            uuid: imageRef,
            boot_index: 0,
            destination_type: 'local',
            delete_on_termination: true,
          },
        ],
        networks: [{ subnet: subnetIds[subnet] }],
        key_name: 'demo-key',
        availability_zone: 'kr-pub-a',
        min_count: size,
        max_count: size,
      },
    });
    // This subnet is full: the same batch goes to the next one.
    if (res.status() === 409 && subnet + 1 < subnetIds.length) {
      subnet += 1;
      batch -= 1;
      continue;
    }
    expect(res.status(), await res.text()).toBe(202);
    for (let n = 1; n <= size; n++) names.push(size > 1 ? `${name}-${n}` : name);
  }
  await emulator.settle();
  return names;
}

import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import type { EmulatorControl } from '../fixtures';

export const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

/** The id of a server of the demo tenant, by exact name. */
export async function serverId(
  emulator: EmulatorControl,
  name: string,
  region = 'kr1',
): Promise<string> {
  const res = await emulator.api('GET', `/compute/${region}/v2/${TENANT}/servers?name=^${name}$`);
  const body = await res.json();
  const id = body.servers[0]?.id as string | undefined;
  if (!id) throw new Error(`no server named ${name}`);
  return id;
}

/**
 * Starts a U2 instance through the API (the emulator keeps it BUILD until settled). Today's
 * create needs block_device_mapping_v2 for every flavor; a U2 root is the local disk, from the image.
 */
export async function startBuilding(emulator: EmulatorControl, name: string): Promise<string> {
  const json = async (path: string) => (await emulator.api('GET', path)).json();
  const flavors = await json(`/compute/kr1/v2/${TENANT}/flavors`);
  const images = await json('/image/kr1/v2/images?limit=100');
  const subnets = await json('/network/kr1/v2.0/vpcsubnets');
  const imageRef = images.images.find((i: { name: string }) =>
    i.name.startsWith('Ubuntu Server 24.04'),
  ).id as string;
  const res = await emulator.api('POST', `/compute/kr1/v2/${TENANT}/servers`, {
    server: {
      name,
      flavorRef: flavors.flavors.find((f: { name: string }) => f.name === 'u2.c1m1').id,
      imageRef,
      block_device_mapping_v2: [
        {
          source_type: 'image',
          uuid: imageRef,
          boot_index: 0,
          destination_type: 'local',
          delete_on_termination: true,
        },
      ],
      networks: [
        {
          subnet: subnets.vpcsubnets.find((s: { name: string }) => s.name === 'default-subnet').id,
        },
      ],
      key_name: 'demo-key',
      availability_zone: 'kr-pub-a',
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  return (await res.json()).server.id as string;
}

/**
 * Puts a server into any status of the guide's table through the emulator's control API (live
 * migration, a password reset, rescue: things the console's own actions never cause).
 */
export async function forceStatus(
  request: APIRequestContext,
  emulator: EmulatorControl,
  id: string,
  status: string,
) {
  const res = await request.post(`${emulator.url}/_emulator/servers/${id}/status`, {
    data: { status },
  });
  expect(res.status(), `force ${status}: ${await res.text()}`).toBe(200);
}

/** Every server of the demo tenant in the region, as the API lists them. */
export async function listedServers(
  emulator: EmulatorControl,
  region = 'kr1',
): Promise<{ id: string; name: string; status: string; [field: string]: unknown }[]> {
  const res = await emulator.api(
    'GET',
    `/compute/${region}/v2/${TENANT}/servers/detail?limit=1000`,
  );
  expect(res.status()).toBe(200);
  return (await res.json()).servers;
}

export async function serverState(emulator: EmulatorControl, id: string, region = 'kr1') {
  const res = await emulator.api('GET', `/compute/${region}/v2/${TENANT}/servers/${id}`);
  return (await res.json()).server;
}

export class InstancePage {
  readonly toolbar: Locator;

  constructor(private readonly page: Page) {
    this.toolbar = page.getByTestId('instance-toolbar');
  }

  async open(id: string, region = 'kr1') {
    await this.page.goto(`/${region}/instances/${id}`);
    await this.ready();
  }

  /** The details page has loaded its instance (the first visit compiles the page: be patient). */
  async ready() {
    await expect(this.toolbar).toBeVisible({ timeout: 30_000 });
  }

  button(label: string): Locator {
    return this.toolbar.getByRole('button', { name: label, exact: true });
  }

  status(): Locator {
    return this.page.getByTestId('field-status');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async confirm() {
    await this.dialog().getByTestId('confirm-button').click();
  }

  notifications(): Locator {
    return notifications(this.page);
  }

  /** An overview field by its test id (`field-image`, `field-protection`, …). */
  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  metadata(): Locator {
    return this.page.getByTestId('instance-metadata');
  }

  metadataRow(key: string): Locator {
    return this.metadata().locator(`[data-testid="metadata-row"][data-key="${key}"]`);
  }

  /** The metadata keys as the table lists them. */
  async metadataKeys(): Promise<string[]> {
    return this.metadata()
      .getByTestId('metadata-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key') ?? ''));
  }
}

/** The notifications the console shows (top right). */
export function notifications(page: Page): Locator {
  return page.locator('.mantine-Notifications-root[data-position="top-right"]');
}

import type { Page, Request } from '@playwright/test';
import {
  expect as baseExpect,
  type EmulatorControl,
  expectAccessible,
  reloadWhileServersLoad,
  signIn,
  test,
} from './fixtures';
import { listPageSuite } from './list-page-suite';
import { VolumesPage } from './pages/volumes-page';

// Every change waits for the lists to refresh before it reports done: on a busy machine that
// takes longer than the default assertion timeout.
const expect = baseExpect.configure({ timeout: 30_000 });

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
const COMPUTE = `/compute/kr1/v2/${TENANT}`;
const BLOCK_STORAGE = `/block-storage/kr1/v2/${TENANT}`;

/** The API requests the page sends (method and path), to count them. */
function recordRequests(page: Page) {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) seen.push(request);
  });
  const matching = (method: string, pattern: RegExp) =>
    seen.filter((r) => r.method() === method && pattern.test(new URL(r.url()).pathname));
  return {
    count: (method: string, pattern: RegExp) => matching(method, pattern).length,
    /** The JSON bodies of the matching requests, in the order sent. */
    bodies: (method: string, pattern: RegExp) =>
      matching(method, pattern).map((r) => r.postDataJSON() as Record<string, unknown>),
  };
}

/**
 * Waits for a notification (from now on: call it before the action, since a success notice closes
 * after a few seconds and a busy machine may look too late otherwise).
 */
function notice(page: Page, title: string, text?: string) {
  const note = page.locator('.mantine-Notification-root').filter({ hasText: title });
  return text ? expect(note).toContainText(text) : expect(note).toBeVisible();
}

async function serverId(emulator: EmulatorControl, name: string): Promise<string> {
  const res = await emulator.api('GET', `${COMPUTE}/servers?name=^${name}$`);
  const body = await res.json();
  return body.servers[0].id as string;
}

async function volumeByName(emulator: EmulatorControl, name: string) {
  const res = await emulator.api('GET', `${BLOCK_STORAGE}/volumes/detail`);
  const body = await res.json();
  return (body.volumes as { id: string; name: string; status: string }[]).find(
    (volume) => volume.name === name,
  );
}

// Journeys wait for the dev server and several refreshes: more than the default minute.
test.describe.configure({ timeout: 120_000 });

test.describe('the volumes page', () => {
  test('lists every volume with size, type, status, zone, bootable and attachments', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    // 8 root volumes (every seeded instance but the U2 one; app-from-volume's has a name), 2 data
    // volumes, 3 free ones and web-restore, a bootable volume made from a snapshot.
    await expect(volumes.rows()).toHaveCount(14);
    await expect(page.getByTestId('volumes-count')).toHaveText('14 volumes · 1,200 GB');

    const data = volumes.row('web-01-data');
    await expect(data).toContainText('100 GB');
    await expect(data).toContainText('General HDD');
    await expect(data).toContainText('In use');
    await expect(data).toContainText('kr-pub-a');
    await expect(data).toContainText('No');
    await expect(data).toContainText('/dev/vdb');
    const web01 = await serverId(emulator, 'web-01');
    await expect(data.getByRole('link', { name: 'web-01', exact: true })).toHaveAttribute(
      'href',
      `/kr1/instances/${web01}`,
    );

    const backup = volumes.row('backup-vol');
    await expect(backup).toContainText('Available');
    await expect(backup).toContainText('Not attached');

    // Root volumes have no name: the id stands in, and they are bootable at /dev/vda.
    const roots = volumes.rows().filter({ hasText: '/dev/vda' });
    await expect(roots).toHaveCount(8);
    await expect(roots.filter({ hasText: 'web-01' }).first()).toContainText('Yes');
    await expect(roots.filter({ hasText: 'web-01' }).first()).toContainText('No name');
    const restore = volumes.row('web-restore');
    await expect(restore).toContainText('Available');
    await expect(restore).toContainText('Yes');

    await expectAccessible(page, 'the volumes page');
  });

  test('create, attach to web-01, see it on both sides, detach and delete a volume', async ({
    page,
    emulator,
  }) => {
    test.setTimeout(240_000);
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    const requests = recordRequests(page);

    // Create: the exact request is shown before it is sent.
    const dialog = await volumes.openCreate();
    await volumes.fillCreate(dialog, {
      name: 'e2e-data',
      size: '20',
      type: 'General SSD',
      zone: 'kr-pub-a',
    });
    await dialog.getByText('API request').click();
    await expect(dialog.getByTestId('request-url')).toHaveText(
      /\/api\/block-storage\/kr1\/v2\/6cdebe3eb0094910bc41f1d42ebe4cb7\/volumes$/,
    );
    await expect(dialog.getByTestId('request-body')).toContainText('"size": 20');
    await expect(dialog.getByTestId('request-body')).toContainText('"volume_type": "General SSD"');
    await expect(dialog.getByTestId('request-body')).toContainText(
      '"availability_zone": "kr-pub-a"',
    );
    const created = notice(page, 'Volume e2e-data is being created');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    await created;
    const row = volumes.row('e2e-data');
    await expect(row).toContainText('Creating');
    await expect(page.getByText('Refreshing while volumes change…')).toBeVisible();
    expect(requests.count('POST', /\/volumes$/)).toBe(1);

    await emulator.settle();
    await expect(row).toContainText('Available');
    await expect(page.getByText('Refreshing while volumes change…')).toBeHidden();

    // Attach: only instances of kr-pub-a whose status allows it are offered.
    await volumes.openActions('e2e-data');
    await volumes.menuItem(/Attach to an instance/).click();
    const attach = page.getByRole('dialog', { name: 'Attach e2e-data' });
    await expect(attach).toBeVisible();
    await expect(attach.getByTestId('attach-blocked')).toContainText('legacy-app (Error)');
    await attach.getByRole('combobox', { name: 'Instance' }).click();
    const options = page.getByRole('option');
    await expect(options.filter({ hasText: 'web-01' })).toHaveCount(1);
    await expect(options.filter({ hasText: 'db-master' })).toHaveCount(1);
    await expect(options.filter({ hasText: 'legacy-app' })).toHaveCount(0); // ERROR
    await expect(options.filter({ hasText: 'web-02' })).toHaveCount(0); // kr-pub-b
    await options.filter({ hasText: 'web-01' }).click();
    const web01 = await serverId(emulator, 'web-01');
    await attach.getByText('API request').click();
    await expect(attach.getByTestId('request-url')).toHaveText(
      new RegExp(`/servers/${web01}/os-volume_attachments$`),
    );
    await expect(attach.getByTestId('request-body')).toContainText('"volumeAttachment"');
    // The notification says where it went: NHN Cloud chose the device.
    const attached = notice(page, 'e2e-data is being attached to web-01', 'Device /dev/vdc.');
    await attach.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(attach).toBeHidden();
    await attached;
    await expect(row).toContainText('Attaching');

    await emulator.settle();
    await expect(row).toContainText('In use');
    await expect(row.getByTestId('volume-attachment')).toContainText('web-01');
    await expect(row.getByTestId('volume-attachment')).toContainText('/dev/vdc');

    // The other side: the instance's attachments (the compute API).
    const attachments = await (
      await emulator.api('GET', `${COMPUTE}/servers/${web01}/os-volume_attachments`)
    ).json();
    const volume = await volumeByName(emulator, 'e2e-data');
    expect(attachments.volumeAttachments).toContainEqual(
      expect.objectContaining({ volumeId: volume?.id, device: '/dev/vdc', serverId: web01 }),
    );
    // And the instance page lists it in its volumes section.
    await row.getByRole('link', { name: 'web-01', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${web01}$`));
    const section = page.getByTestId('instance-volumes');
    await expect(section).toContainText('e2e-data');
    await expect(section).toContainText('/dev/vdc');
    await volumes.open();
    await volumes.waitForRows();

    // Detach: one confirmation that names both sides and shows the request.
    await volumes.openActions('e2e-data');
    await volumes.menuItem(/Detach from web-01/).click();
    const confirm = page.getByRole('dialog', { name: 'Detach e2e-data?' });
    await expect(confirm).toContainText('Detach e2e-data from web-01 (/dev/vdc)?');
    await confirm.getByText('API request').click();
    await expect(confirm.getByTestId('request-url')).toHaveText(
      new RegExp(`/servers/${web01}/os-volume_attachments/${volume?.id}$`),
    );
    const detached = notice(page, 'e2e-data is being detached from web-01');
    await confirm.getByRole('button', { name: 'Detach', exact: true }).click();
    await detached;
    await expect(row).toContainText('Detaching');
    await emulator.settle();
    await expect(row).toContainText('Available');
    await expect(row).toContainText('Not attached');

    // Delete: named, cannot be undone, the request shown.
    await volumes.openActions('e2e-data');
    await volumes.menuItem(/^Delete/).click();
    const remove = page.getByRole('dialog', { name: 'Delete e2e-data?' });
    await expect(remove).toContainText('Delete volume e2e-data (20 GB)?');
    await expect(remove).toContainText('This cannot be undone.');
    await remove.getByText('API request').click();
    await expect(remove.getByTestId('request-preview')).toContainText('DELETE');
    const deleted = notice(page, 'Volume e2e-data is being deleted');
    await remove.getByRole('button', { name: 'Delete volume' }).click();
    await deleted;
    await expect(row).toContainText('Deleting');
    await emulator.settle();
    await expect(row).toHaveCount(0);
    expect(await volumeByName(emulator, 'e2e-data')).toBeUndefined();
    expect(requests.count('POST', /\/os-volume_attachments$/)).toBe(1);
    expect(requests.count('DELETE', /\/os-volume_attachments\//)).toBe(1);
    expect(requests.count('DELETE', /\/volumes\//)).toBe(1);
  });

  test('a size of 0 gets a clear message and sends nothing', async ({ page }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    const before = (await volumes.names()).sort();
    const requests = recordRequests(page);

    const dialog = await volumes.openCreate();
    await volumes.fillCreate(dialog, { name: 'too-small', size: '0' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('The size must be between 10 and 2000 GB.')).toBeVisible();
    await expect(dialog.getByLabel('Size (GB)')).toHaveAttribute('aria-invalid', 'true');
    await volumes.fillCreate(dialog, { size: '2001' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('The size must be between 10 and 2000 GB.')).toBeVisible();
    expect(requests.count('POST', /\/volumes$/)).toBe(0);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await volumes.names()).sort()).toEqual(before);
  });

  test('a refusal from NHN Cloud is shown in the form and the list stays as it was', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    await expect(volumes.rows()).toHaveCount(14);
    await emulator.fault({
      method: 'POST',
      path: '/volumes$',
      status: 400,
      times: 1,
      message: 'Invalid input for field/attribute volume.size.',
    });
    const dialog = await volumes.openCreate();
    await volumes.fillCreate(dialog, { name: 'refused', size: '10' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByTestId('create-volume-error')).toContainText(
      'Invalid input for field/attribute volume.size.',
    );
    await expect(page.getByText('Could not create volume refused')).toBeVisible();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(volumes.rows()).toHaveCount(14);
    await expect(volumes.row('refused')).toHaveCount(0);
  });

  test('a double click on Create sends one request', async ({ page }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    const requests = recordRequests(page);
    const dialog = await volumes.openCreate();
    await volumes.fillCreate(dialog, { name: 'once', size: '10', zone: 'kr-pub-b' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).dblclick();
    await expect(volumes.row('once')).toContainText('Creating');
    await page.waitForLoadState('networkidle');
    expect(requests.count('POST', /\/volumes$/)).toBe(1);
    await expect(volumes.rows()).toHaveCount(15);
  });

  test('attach while a large region is still read says so, and never that no instance can take it', async ({
    page,
    emulator,
  }) => {
    test.setTimeout(120_000);
    // 500 newer servers: the seed's own instances are read in the background, after the first page.
    await emulator.reset(500);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/servers\/detail\?.*marker=/, async (route) => {
      await held;
      await route.continue();
    });
    const volumes = new VolumesPage(page);
    await signIn(page, '/kr1/volumes');
    await volumes.waitForRows();
    // web-restore: available, in kr-pub-a with web-01, and on the first page of 500 servers' volumes.
    await volumes.openActions('web-restore');
    await volumes.menuItem(/Attach to an instance/).click();
    const attach = page.getByRole('dialog', { name: 'Attach web-restore' });
    await expect(attach.getByTestId('attach-still-loading')).toContainText(
      'Still reading the region’s instances (50 so far)',
    );
    await expect(attach).not.toContainText('can take a volume now');

    release();
    await expect(attach.getByTestId('attach-still-loading')).toBeHidden();
    await attach.getByRole('combobox', { name: 'Instance' }).click();
    await expect(page.getByRole('option').filter({ hasText: 'web-01' })).toHaveCount(1);
  });

  test('a detach confirmation opened while the instances still load names the instance once they come', async ({
    page,
    emulator,
  }) => {
    const volumes = new VolumesPage(page);
    await signIn(page, '/kr1/volumes');
    await volumes.waitForRows();
    // The confirmation used to keep what it knew at the press: an id for the instance, for good.
    await reloadWhileServersLoad(page, emulator);
    await volumes.waitForRows();
    await volumes.openActions('web-01-data');
    await volumes.menuItem(/^Detach/).click();
    const confirm = page.getByRole('dialog', { name: 'Detach web-01-data?' });
    await expect(confirm).toContainText('Detach web-01-data from web-01 (/dev/vdb)?');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
  });

  test('delete is offered only for available volumes, and a root volume offers no detach', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();

    await volumes.openActions('backup-vol');
    await expect(volumes.menuItem(/^Delete/)).toBeEnabled();
    await expect(volumes.menuItem(/Attach to an instance/)).toBeEnabled();
    await expect(volumes.menuItem(/^Detach/)).toBeDisabled();
    await volumes.closeActions();

    await volumes.openActions('web-01-data');
    await expect(volumes.menuItem(/^Delete/)).toBeDisabled();
    await expect(volumes.menuItem(/^Delete/)).toContainText('Detach it first');
    await expect(volumes.menuItem(/Attach to an instance/)).toBeDisabled();
    await expect(volumes.menuItem(/Detach from web-01/)).toBeEnabled();
    await expectAccessible(page, 'the row actions with reasons');
    await volumes.closeActions();

    // web-01's root volume: no name, so it goes by its id.
    const web01 = await serverId(emulator, 'web-01');
    const attachments = await (
      await emulator.api('GET', `${COMPUTE}/servers/${web01}/os-volume_attachments`)
    ).json();
    const root = attachments.volumeAttachments.find(
      (a: { device: string }) => a.device === '/dev/vda',
    );
    await volumes.openActions(root.volumeId);
    await expect(volumes.menuItem(/Detach from web-01/)).toBeDisabled();
    await expect(volumes.menuItem(/Detach from web-01/)).toContainText(
      'The root volume (/dev/vda) of an instance cannot be detached.',
    );
    await expect(volumes.menuItem(/^Delete/)).toBeDisabled();
    await volumes.closeActions();

    // The details say the same, with every field.
    await volumes.row(root.volumeId).getByRole('link', { name: root.volumeId }).click();
    const drawer = page.getByRole('dialog', { name: `Volume ${root.volumeId}` });
    await expect(drawer).toBeVisible();
    await expect(drawer).toContainText('Ubuntu Server 22.04.4 LTS (2024.05.21)');
    await expect(drawer).toContainText(
      'The root volume (/dev/vda) of an instance cannot be detached.',
    );
    await expect(drawer.getByRole('button', { name: 'Detach' })).toHaveCount(0);
    await expect(drawer.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    // Its snapshot, the seed's web-01-root-snap, is listed with the details.
    const snap = volumes.snapshotRow(drawer, 'web-01-root-snap');
    await expect(snap).toContainText('20 GB');
    await expect(snap).toContainText('Available');
    await expect(page).toHaveURL(new RegExp(`volume=${root.volumeId}`));
    await expectAccessible(page, 'the volume details');
  });

  test('a volume made from web-01-root-snap: at least its size, its zone, bootable', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    const requests = recordRequests(page);

    const dialog = await volumes.openCreate();
    await volumes.chooseSnapshotSource(dialog, 'web-01-root-snap');
    await expect(page.getByRole('option')).toHaveCount(0);
    await expect(dialog.getByRole('combobox', { name: 'Snapshot' })).toHaveValue(
      'web-01-root-snap · 20 GB · kr-pub-a',
    );
    await expect(dialog.getByTestId('volume-snapshot-details')).toContainText(
      'The new volume is bootable',
    );
    // The zone is the snapshot's volume's, fixed and said so; the type its volume's.
    const zone = dialog.getByRole('combobox', { name: 'Availability zone' });
    await expect(zone).toHaveValue('kr-pub-a');
    await expect(zone).toBeDisabled();
    await expect(dialog).toContainText(
      'Fixed: a volume made from a snapshot is created in the zone of the snapshot’s volume (kr-pub-a).',
    );
    await expect(dialog.getByRole('combobox', { name: 'Type' })).toHaveValue('General SSD');
    await expect(dialog.getByLabel('Size (GB)')).toHaveValue('20');

    // Below the snapshot's size: refused next to the field, nothing sent.
    await volumes.fillCreate(dialog, { name: 'web-clone', size: '10' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(
      dialog.getByText(
        'A volume made from this snapshot needs at least 20 GB (the snapshot’s size is 20 GB).',
      ),
    ).toBeVisible();
    await expect(dialog.getByLabel('Size (GB)')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.count('POST', /\/volumes$/)).toBe(0);

    await volumes.fillCreate(dialog, { size: '30' });
    await dialog.getByText('API request').click();
    const snapshots = await (await emulator.api('GET', `${BLOCK_STORAGE}/snapshots`)).json();
    const snapId = snapshots.snapshots[0].id as string;
    await expect(dialog.getByTestId('request-body')).toContainText(`"snapshot_id": "${snapId}"`);
    await expect(dialog.getByTestId('request-body')).toContainText(
      '"availability_zone": "kr-pub-a"',
    );
    await expectAccessible(page, 'the create form with a snapshot source');
    const created = notice(page, 'Volume web-clone is being created');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    await created;
    expect(requests.bodies('POST', /\/volumes$/)).toEqual([
      {
        volume: {
          size: 30,
          name: 'web-clone',
          availability_zone: 'kr-pub-a',
          volume_type: 'General SSD',
          snapshot_id: snapId,
        },
      },
    ]);

    const row = volumes.row('web-clone');
    await expect(row).toContainText('Creating');
    await emulator.settle();
    await expect(row).toContainText('Available');
    await expect(row).toContainText('kr-pub-a');
    await expect(row.getByRole('cell', { name: 'Yes', exact: true })).toBeVisible();
    const drawer = await volumes.openDetails('web-clone');
    await expect(drawer).toContainText('Made from snapshotweb-01-root-snap');
  });

  test('snapshot backup-vol: its Delete is refused with the reason until the snapshot is deleted', async ({
    page,
    emulator,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    const requests = recordRequests(page);

    const drawer = await volumes.openDetails('backup-vol');
    await expect(drawer.getByTestId('volume-snapshots')).toContainText(
      'No snapshots of this volume.',
    );
    await drawer.getByRole('button', { name: 'Create snapshot' }).click();
    const form = page.getByRole('dialog', { name: 'Snapshot of backup-vol' });
    await form.getByLabel('Name').fill('backup-snap');
    await form.getByLabel('Description').fill('before the upgrade');
    // Not attached: no force, nothing to confirm.
    await expect(form.getByTestId('snapshot-force')).toHaveCount(0);
    await form.getByText('API request').click();
    await expect(form.getByTestId('request-url')).toHaveText(/\/snapshots$/);
    await expect(form.getByTestId('request-body')).not.toContainText('force');
    const created = notice(page, 'Snapshot backup-snap of backup-vol is being created');
    await form.getByRole('button', { name: 'Create snapshot' }).dblclick();
    await expect(form).toBeHidden();
    await created;
    const volume = await volumeByName(emulator, 'backup-vol');
    expect(requests.bodies('POST', /\/snapshots$/)).toEqual([
      {
        snapshot: {
          volume_id: volume?.id,
          name: 'backup-snap',
          description: 'before the upgrade',
        },
      },
    ]);

    const snap = volumes.snapshotRow(drawer, 'backup-snap');
    await expect(snap).toContainText('Creating');
    await emulator.settle();
    await expect(snap).toContainText('Available');
    await expect(snap).toContainText('100 GB');
    await expect(snap).toContainText('before the upgrade');
    // Delete is refused, in the details and in the row menu, with the reason.
    const reason =
      'It has 1 snapshot: delete it first (a volume with snapshots cannot be deleted).';
    await expect(drawer.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await expect(drawer).toContainText(reason);
    // Scanned once the notifications have gone (they close by themselves).
    await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
    await expectAccessible(page, 'the volume details with a snapshot');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await volumes.openActions('backup-vol');
    await expect(volumes.menuItem(/^Delete/)).toBeDisabled();
    await expect(volumes.menuItem(/^Delete/)).toContainText(reason);
    await volumes.closeActions();

    // Delete the snapshot: named, the request shown; then the volume can go.
    const again = await volumes.openDetails('backup-vol');
    await again.getByRole('button', { name: 'Delete snapshot backup-snap' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete snapshot backup-snap?' });
    await expect(confirm).toContainText('Delete snapshot backup-snap (100 GB) of backup-vol?');
    await expect(confirm).toContainText('This cannot be undone.');
    await confirm.getByText('API request').click();
    await expect(confirm.getByTestId('request-preview')).toContainText('DELETE');
    const deleted = notice(page, 'Snapshot backup-snap is being deleted');
    await confirm.getByRole('button', { name: 'Delete snapshot' }).click();
    await deleted;
    await expect(volumes.snapshotRow(again, 'backup-snap')).toContainText('Deleting');
    await emulator.settle();
    await expect(volumes.snapshotRow(again, 'backup-snap')).toHaveCount(0);
    await expect(again.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
    await expect(again).not.toContainText(reason);
    expect(requests.count('POST', /\/snapshots$/)).toBe(1);
    expect(requests.count('DELETE', /\/snapshots\//)).toBe(1);
  });

  test('an attached volume is snapshotted with force: true after a confirmation', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    const requests = recordRequests(page);

    const drawer = await volumes.openDetails('web-01-data');
    await drawer.getByRole('button', { name: 'Create snapshot' }).click();
    const form = page.getByRole('dialog', { name: 'Snapshot of web-01-data' });
    await form.getByLabel('Name').fill('hot-snap');
    await expect(form.getByTestId('snapshot-force')).toContainText(
      'web-01-data is attached to web-01',
    );
    await expect(form.getByTestId('snapshot-force')).toContainText('force: true');
    await form.getByText('API request').click();
    await expect(form.getByTestId('request-body')).toContainText('"force": true');

    // First press: the confirmation, nothing sent; Back returns to the form as typed.
    await form.getByRole('button', { name: 'Create snapshot' }).click();
    const confirm = page.getByRole('dialog', {
      name: 'Snapshot web-01-data while it is attached?',
    });
    await expect(confirm.getByTestId('snapshot-force-confirm')).toContainText(
      'Data in flight — written by the instance but not yet on the disk — may not be captured.',
    );
    expect(requests.count('POST', /\/snapshots$/)).toBe(0);
    await confirm.getByRole('button', { name: 'Back' }).click();
    await expect(form.getByLabel('Name')).toHaveValue('hot-snap');
    await form.getByRole('button', { name: 'Create snapshot' }).click();
    const created = notice(page, 'Snapshot hot-snap of web-01-data is being created');
    await confirm.getByRole('button', { name: 'Create snapshot anyway' }).click();
    await created;
    const volume = await volumeByName(emulator, 'web-01-data');
    expect(requests.bodies('POST', /\/snapshots$/)).toEqual([
      { snapshot: { volume_id: volume?.id, name: 'hot-snap', force: true } },
    ]);
    await expect(volumes.snapshotRow(drawer, 'hot-snap')).toContainText('Creating');
    await emulator.settle();
    await expect(volumes.snapshotRow(drawer, 'hot-snap')).toContainText('Available');
  });

  test('deleting a snapshot a volume is being made from shows NHN Cloud’s refusal', async ({
    page,
    emulator,
  }) => {
    const snapshots = await (await emulator.api('GET', `${BLOCK_STORAGE}/snapshots`)).json();
    const snap = snapshots.snapshots[0] as { id: string; volume_id: string };
    // A volume being made from it (it stays "creating" until the test settles the emulator).
    const making = await emulator.api('POST', `${BLOCK_STORAGE}/volumes`, {
      volume: { size: 20, name: 'restoring', snapshot_id: snap.id },
    });
    expect(making.status()).toBe(202);

    await signIn(page, `/kr1/volumes?volume=${snap.volume_id}`);
    const drawer = page.getByRole('dialog', { name: `Volume ${snap.volume_id}` });
    const row = new VolumesPage(page).snapshotRow(drawer, 'web-01-root-snap');
    await expect(row).toContainText('Available');
    await row.getByRole('button', { name: 'Delete snapshot web-01-root-snap' }).click();
    const failed = notice(
      page,
      'Could not delete snapshot web-01-root-snap',
      `Invalid snapshot: volume`,
    );
    await page
      .getByRole('dialog', { name: 'Delete snapshot web-01-root-snap?' })
      .getByRole('button', { name: 'Delete snapshot' })
      .click();
    await failed;
    await expect(page.getByTestId('notification-error')).toContainText(
      `is being created from snapshot ${snap.id}`,
    );
    await expect(row).toContainText('Available');
  });

  test('an encrypted type from GET /types asks for its Secure Key Manager key', async ({
    page,
  }) => {
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    const requests = recordRequests(page);

    const dialog = await volumes.openCreate();
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    // The region's four types (GET /types), not a fixed list.
    await expect(page.getByRole('option')).toHaveText([
      'General HDD',
      'General SSD',
      'Encrypted HDD',
      'Encrypted SSD',
    ]);
    await page.getByRole('option', { name: 'Encrypted SSD', exact: true }).click();
    await volumes.fillCreate(dialog, { name: 'secret', size: '10', zone: 'kr-pub-b' });
    await expect(dialog.getByTestId('volume-encryption')).toContainText(
      'Encrypted SSD is encrypted with a symmetric key of NHN Cloud Secure Key Manager',
    );
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByText('Enter the Secure Key Manager app key.')).toBeVisible();
    await expect(dialog.getByText('Enter the symmetric key ID.')).toBeVisible();
    expect(requests.count('POST', /\/volumes$/)).toBe(0);

    await dialog.getByLabel('Secure Key Manager app key').fill('skm-app-key');
    await dialog.getByLabel('Symmetric key ID').fill('key-0001');
    const created = notice(page, 'Volume secret is being created');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await created;
    expect(requests.bodies('POST', /\/volumes$/)).toEqual([
      {
        volume: {
          size: 10,
          name: 'secret',
          availability_zone: 'kr-pub-b',
          volume_type: 'Encrypted SSD',
          nhn_encryption: { skm_appkey: 'skm-app-key', skm_key_id: 'key-0001' },
        },
      },
    ]);
    await expect(volumes.row('secret')).toContainText('Encrypted SSD');
  });

  test('is accessible in the dark scheme and in Korean', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await signIn(page, '/kr1/volumes');
    const volumes = new VolumesPage(page);
    await volumes.waitForRows();
    await expectAccessible(page, 'the volumes page (dark)');
    const dialog = await volumes.openCreate();
    await volumes.fillCreate(dialog, { size: '0' });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expectAccessible(page, 'the create volume form (dark)');
    await volumes.chooseSnapshotSource(dialog, 'web-01-root-snap');
    await expect(dialog.getByTestId('volume-snapshot-details')).toBeVisible();
    await expectAccessible(page, 'the create volume form from a snapshot (dark)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const drawer = await volumes.openDetails('web-01-data');
    await expect(drawer.getByTestId('volume-snapshots')).toContainText('No snapshots');
    await expectAccessible(page, 'the volume details with its snapshots (dark)');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('menuitem', { name: '한국어' }).click();
    await expect(page.getByRole('heading', { name: '블록 스토리지', level: 1 })).toBeVisible();
    await expect(volumes.row('backup-vol')).toContainText('사용 가능');
    await expect(volumes.row('web-01-data')).toContainText('사용 중');
    await volumes.row('backup-vol').getByRole('link', { name: 'backup-vol', exact: true }).click();
    const details = page.getByRole('dialog', { name: '블록 스토리지 backup-vol' });
    await expect(details.getByTestId('volume-snapshots')).toContainText(
      '이 블록 스토리지의 스냅숏이 없습니다.',
    );
    await expect(details.getByRole('button', { name: '스냅숏 생성' })).toBeEnabled();
  });
});

/** The seed's volumes of KR1 by size: the sizes the Size column shows, smallest first. */
const SIZES_ASCENDING = [
  ...Array<string>(6).fill('20 GB'),
  '30 GB',
  ...Array<string>(3).fill('50 GB'),
  ...Array<string>(2).fill('100 GB'),
  '200 GB',
  '500 GB',
];

/** The Size column, row by row. */
const sizeCells = (page: Page) => new VolumesPage(page).rows().locator('td:nth-child(2)');

listPageSuite({
  title: 'the volumes page',
  what: 'Volumes',
  states: 'volumes',
  path: '/kr1/volumes',
  request: '/volumes/detail$',
  rows: (page) => new VolumesPage(page).rows(),
  everyRow: SIZES_ASCENDING.length,
  // What NHN Cloud said: the emulator's words for the fault and Cinder's code for a 500.
  failure: {
    fault: { status: 500, times: 3 },
    says: ['Injected fault: 500', 'computeFault'],
    timeout: 30_000,
  },
  noMatches: {
    show: (page) => new VolumesPage(page).open('kr1', '?name=nothing-like-this'),
    clearedUrl: /\/kr1\/volumes$/,
    cleared: async (page) => {
      await expect(page.getByRole('textbox', { name: 'Filter by name' })).toHaveValue('');
    },
  },
  empty: {
    // kr3 (Gwangju) opened in January 2026: the demo tenant has nothing there yet.
    before: async (emulator) => {
      const res = await emulator.api('GET', `/block-storage/kr3/v2/${TENANT}/volumes/detail`);
      expect(res.status()).toBe(200);
      expect((await res.json()).volumes).toEqual([]);
    },
    open: (page) => new VolumesPage(page).open('kr3'),
    says: 'No volumes yet',
    offers: async (empty) => {
      await empty.getByRole('button', { name: 'Create volume' }).click();
      await expect(empty.page().getByRole('dialog', { name: 'Create volume' })).toBeVisible();
    },
  },
  sort: {
    by: async (page, direction) => {
      const header = new VolumesPage(page).table.locator('thead th').filter({ hasText: 'Size' });
      await header.click();
      await expect(header.getByRole('img', { name: `Sorted ${direction}` })).toBeVisible();
    },
    url: {
      ascending: /sort=size(%3A|:)asc/,
      descending: /sort=size(%3A|:)desc/,
    },
    ascending: async (page) => {
      await expect(sizeCells(page)).toHaveText(SIZES_ASCENDING);
    },
    descending: async (page) => {
      await expect(sizeCells(page)).toHaveText([...SIZES_ASCENDING].reverse());
    },
  },
  filter: {
    apply: async (page) => {
      const volumes = new VolumesPage(page);
      await volumes.open('kr1', '?status=available');
      await volumes.waitForRows();
      expect((await volumes.names()).sort()).toEqual([
        'archive',
        'backup-vol',
        'scratch-ssd',
        'web-restore',
      ]);
      await volumes.open('kr1', '?attached=no&zone=kr-pub-a');
    },
    url: /^(?=.*[?&]attached=no(&|$))(?=.*[?&]zone=kr-pub-a(&|$))/,
    shows: async (page) => {
      const volumes = new VolumesPage(page);
      await volumes.waitForRows();
      expect((await volumes.names()).sort()).toEqual(['archive', 'backup-vol', 'web-restore']);
    },
    kept: async (page) => {
      await expect(page.getByRole('combobox', { name: 'Attachment' })).toHaveValue('Not attached');
      await expect(page.getByRole('combobox', { name: 'Availability zone' })).toHaveValue(
        'kr-pub-a',
      );
    },
    // The filter bar's Clear filters takes both away.
    clear: async (page) => {
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect(new VolumesPage(page).rows()).toHaveCount(SIZES_ASCENDING.length);
      await expect(page).toHaveURL(/\/kr1\/volumes$/);
    },
  },
});

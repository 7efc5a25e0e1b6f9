import type { Page } from '@playwright/test';
import { type EmulatorControl, expect, expectAccessible, signIn, test } from './fixtures';
import { InstancePage, serverId, TENANT } from './pages/instance-page';

/** The instance's metadata as the API has it now. */
async function apiMetadata(emulator: EmulatorControl, id: string): Promise<Record<string, string>> {
  const res = await emulator.api('GET', `/compute/kr1/v2/${TENANT}/servers/${id}/metadata`);
  expect(res.status()).toBe(200);
  return (await res.json()).metadata;
}

/** The metadata requests the page sends (PUT and DELETE on …/metadata/{key}). */
function metadataWrites(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/metadata\/[^/]+$/.test(path) && ['PUT', 'DELETE'].includes(request.method()))
      seen.push(`${request.method()} ${decodeURIComponent(path.split('/').at(-1) ?? '')}`);
  });
  return seen;
}

async function openDetails(page: Page, emulator: EmulatorControl, name: string) {
  const id = await serverId(emulator, name);
  await signIn(page, `/kr1/instances/${id}`);
  const instance = new InstancePage(page);
  await instance.ready();
  await expect(instance.metadata().getByTestId('metadata-table')).toBeVisible();
  return { id, instance };
}

test.describe('instance metadata on the details page', () => {
  test('lists the keys the API has; add, change and delete one key, one request each', async ({
    page,
    emulator,
  }) => {
    const { id, instance } = await openDetails(page, emulator, 'web-01');
    const metadata = instance.metadata();
    expect(await instance.metadataKeys()).toEqual(
      Object.keys(await apiMetadata(emulator, id)).sort(),
    );
    await expect(instance.metadataRow('role').getByTestId('metadata-value')).toHaveText('web');
    const writes = metadataWrites(page);

    // Add: the request is shown before it is sent.
    await metadata.getByRole('textbox', { name: 'Key' }).fill('owner');
    await metadata.getByRole('textbox', { name: 'Value' }).fill('team-a');
    await metadata.getByText('API request').click();
    await expect(metadata.getByTestId('request-url')).toContainText(
      `/compute/kr1/v2/${TENANT}/servers/${id}/metadata/owner`,
    );
    await expect(metadata.getByTestId('request-body')).toContainText('"owner": "team-a"');
    await expectAccessible(page, 'the metadata editor');
    await metadata.getByRole('button', { name: 'Add key' }).click();
    await expect(instance.notifications()).toContainText(
      'Set metadata: web-01 · owner — request accepted',
    );
    await expect(instance.metadataRow('owner').getByTestId('metadata-value')).toHaveText('team-a');
    await expect(metadata.getByRole('textbox', { name: 'Key' })).toHaveValue('');
    expect((await apiMetadata(emulator, id)).owner).toBe('team-a');

    // Change: the row's value goes to the form; the key stays.
    await metadata.getByRole('button', { name: 'Change owner' }).click();
    await expect(metadata.getByText('Change owner', { exact: true })).toBeVisible();
    const value = metadata.getByRole('textbox', { name: 'Value' });
    await expect(value).toHaveValue('team-a');
    await value.fill('team-b');
    await metadata.getByRole('button', { name: 'Save value' }).click();
    await expect(instance.metadataRow('owner').getByTestId('metadata-value')).toHaveText('team-b');
    expect((await apiMetadata(emulator, id)).owner).toBe('team-b');

    // Delete asks first, naming the key.
    await metadata.getByRole('button', { name: 'Delete owner' }).click();
    await expect(instance.dialog()).toContainText('Delete owner from web-01?');
    await instance.confirm();
    await expect(instance.metadataRow('owner')).toHaveCount(0);
    expect(await apiMetadata(emulator, id)).not.toHaveProperty('owner');
    expect(writes).toEqual(['PUT owner', 'PUT owner', 'DELETE owner']);
  });

  test("a key NHN Cloud's console reads is explained, and changing or deleting it asks first", async ({
    page,
    emulator,
  }) => {
    const { id, instance } = await openDetails(page, emulator, 'web-01');
    const metadata = instance.metadata();
    const before = await apiMetadata(emulator, id);
    expect(before.login_username).toBeTruthy();
    await expect(instance.metadataRow('login_username')).toContainText(
      "NHN Cloud's console shows it as the user name under Connection information.",
    );
    await expect(instance.metadataRow('image_name')).toContainText(
      "NHN Cloud's console shows it as the image name under Basic information.",
    );
    await expect(instance.metadataRow('role')).not.toContainText("NHN Cloud's console");
    const writes = metadataWrites(page);

    await metadata.getByRole('button', { name: 'Change login_username' }).click();
    await expect(metadata.getByTestId('console-key')).toContainText(
      'changing or deleting instance metadata may affect related services and features',
    );
    await metadata.getByRole('textbox', { name: 'Value' }).fill('admin');
    await metadata.getByRole('button', { name: 'Save value' }).click();
    const dialog = instance.dialog();
    await expect(dialog).toContainText('Change login_username on web-01?');
    await expect(dialog).toContainText('the user name under Connection information');
    await expect(dialog).toContainText('may affect related services and features');
    await expectAccessible(page, 'the confirmation for a console key');
    // Cancelled: nothing is sent, nothing changes.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(writes).toEqual([]);
    expect((await apiMetadata(emulator, id)).login_username).toBe(before.login_username);

    await metadata.getByRole('button', { name: 'Save value' }).click();
    await instance.confirm();
    await expect(instance.metadataRow('login_username').getByTestId('metadata-value')).toHaveText(
      'admin',
    );
    expect((await apiMetadata(emulator, id)).login_username).toBe('admin');

    await metadata.getByRole('button', { name: 'Delete os_distro' }).click();
    await expect(dialog).toContainText('Delete os_distro from web-01?');
    await expect(dialog).toContainText('the OS name under Basic information > OS');
    await expect(dialog).toContainText('may affect related services and features');
    await instance.confirm();
    await expect(instance.metadataRow('os_distro')).toHaveCount(0);
    expect(await apiMetadata(emulator, id)).not.toHaveProperty('os_distro');
    expect(writes).toEqual(['PUT login_username', 'DELETE os_distro']);
  });

  test('bad input is refused next to its field and nothing is sent', async ({ page, emulator }) => {
    const { id, instance } = await openDetails(page, emulator, 'web-01');
    const metadata = instance.metadata();
    const before = await apiMetadata(emulator, id);
    const writes = metadataWrites(page);
    const key = metadata.getByRole('textbox', { name: 'Key' });
    const value = metadata.getByRole('textbox', { name: 'Value' });
    const add = metadata.getByRole('button', { name: 'Add key' });

    await key.fill('k'.repeat(256));
    await expect(key).toHaveAttribute('aria-invalid', 'true');
    await expect(key).toHaveAccessibleDescription('Keys take at most 255 characters.');
    await add.click();
    await expect(key).toBeFocused();

    await key.fill('note');
    await value.fill('v'.repeat(256));
    await expect(key).not.toHaveAttribute('aria-invalid', 'true');
    await expect(value).toHaveAccessibleDescription('Values take at most 255 characters.');
    await add.click();

    await key.fill('  ');
    await value.fill('x');
    await add.click();
    await expect(key).toHaveAccessibleDescription('A key is required.');
    await expectAccessible(page, 'the metadata editor with errors');

    await page.waitForLoadState('networkidle');
    expect(writes).toEqual([]);
    expect(await apiMetadata(emulator, id)).toEqual(before);
  });

  test('a refused change says what the API said and keeps the input', async ({
    page,
    emulator,
  }) => {
    const { id, instance } = await openDetails(page, emulator, 'web-01');
    const metadata = instance.metadata();
    await emulator.fault({
      method: 'PUT',
      path: `/servers/${id}/metadata/owner$`,
      status: 409,
      times: 1,
      message: "Cannot 'update_instance_metadata' instance while it is in task_state migrating",
    });
    await metadata.getByRole('textbox', { name: 'Key' }).fill('owner');
    await metadata.getByRole('textbox', { name: 'Value' }).fill('team-a');
    await metadata.getByRole('button', { name: 'Add key' }).click();
    const notification = instance.notifications();
    await expect(notification).toContainText('Set metadata failed: web-01 · owner');
    await expect(notification).toContainText("Cannot 'update_instance_metadata' instance");
    await expect(metadata.getByRole('textbox', { name: 'Key' })).toHaveValue('owner');
    expect(await apiMetadata(emulator, id)).not.toHaveProperty('owner');
    // The retry in the notification sends it again, and it lands.
    await notification.getByRole('button', { name: 'Try again' }).last().click();
    await expect(instance.metadataRow('owner').getByTestId('metadata-value')).toHaveText('team-a');
  });

  test('a shelved instance keeps its metadata as it is, and says why', async ({
    page,
    emulator,
  }) => {
    const { instance } = await openDetails(page, emulator, 'batch-worker');
    const metadata = instance.metadata();
    const reason =
      'Set metadata needs ACTIVE, PAUSED, SUSPENDED or SHUTOFF; this instance is SHELVED_OFFLOADED.';
    await expect(metadata.getByTestId('metadata-gate')).toHaveText(reason);
    await expect(metadata.getByRole('button', { name: 'Add key' })).toBeDisabled();
    await expect(metadata.getByRole('button', { name: 'Change role' })).toBeDisabled();
    await expect(metadata.getByRole('button', { name: 'Delete role' })).toBeDisabled();
    await metadata.getByRole('button', { name: 'Change role' }).hover();
    await expect(page.getByRole('tooltip')).toHaveText(reason);
  });
});

test.describe('the placement policy on the details page', () => {
  test('names the policy the instance is a member of and links to the policies', async ({
    page,
    emulator,
  }) => {
    const { instance } = await openDetails(page, emulator, 'web-01');
    const field = instance.field('field-placement');
    await expect(field.getByRole('link', { name: 'web-spread' })).toHaveAttribute(
      'href',
      '/kr1/placement-policies',
    );
    await expect(field).toContainText('anti-affinity');

    await instance.open(await serverId(emulator, 'db-master'));
    await expect(instance.field('field-placement')).toContainText('None');
    await expect(instance.field('field-placement').getByRole('link')).toHaveCount(0);
  });
});

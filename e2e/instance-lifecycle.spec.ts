import { expect, expectAccessible, signIn, test } from './fixtures';
import { InstancePage, serverId, serverState, TENANT } from './pages/instance-page';

test.describe('the instance lifecycle', () => {
  test('stop asks once and shows the request; start does not ask', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'web-01');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await expect(instance.status()).toContainText('Active');
    await expectAccessible(page, 'the instance details page');

    await instance.button('Stop').click();
    const dialog = instance.dialog();
    await expect(dialog).toContainText('Stop web-01?');
    await dialog.getByText('API request').click();
    await expect(dialog.getByTestId('request-url')).toContainText(
      `/api/compute/kr1/v2/${TENANT}/servers/${id}/action`,
    );
    await expect(dialog.getByTestId('request-body')).toContainText('"os-stop": null');
    await expectAccessible(page, 'the stop confirmation');
    await instance.confirm();
    await expect(instance.notifications()).toContainText('Stop: web-01 — request accepted');
    await expect(page.getByTestId('field-task-state')).toContainText('powering-off');
    await expect(instance.button('Stop')).toBeDisabled();

    await emulator.settle();
    await expect(instance.status()).toContainText('Stopped');
    await expect(page.getByTestId('field-power')).toContainText('Shut down (4)');
    await expect(instance.button('Start')).toBeEnabled();
    await instance.button('Start').click();
    await expect(instance.dialog()).toBeHidden();
    await expect(page.getByTestId('field-task-state')).toContainText('powering-on');
    await emulator.settle();
    await expect(instance.status()).toContainText('Active');
    expect((await serverState(emulator, id)).status).toBe('ACTIVE');
  });

  test('soft and hard reboot pass through REBOOT and HARD_REBOOT', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'web-02');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await instance.button('Reboot').click();
    await expect(instance.status()).toContainText('Rebooting');
    await emulator.settle();
    await expect(instance.status()).toContainText('Active');

    await instance.button('Hard reboot').click();
    await expect(instance.dialog()).toContainText('Hard reboot web-02?');
    await instance.confirm();
    await expect(instance.status()).toContainText('Hard rebooting');
    await emulator.settle();
    await expect(instance.status()).toContainText('Active');
  });

  test('resize offers only the flavors the instance may move to', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'web-02');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await instance.button('Resize').click();
    const dialog = instance.dialog();
    await expect(dialog.getByRole('radio', { name: 'u2.c1m1' })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: 'm2.c2m4' })).toBeDisabled();
    await expect(dialog).toContainText('U2 flavors cannot change flavor');
    await expectAccessible(page, 'the resize dialog');
    await dialog.getByRole('radio', { name: 'c2.c4m4' }).check();
    await expect(dialog.getByTestId('request-body')).toContainText('"flavorRef"');
    await dialog.getByRole('button', { name: 'Resize', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(instance.status()).toContainText('Resizing');
    await emulator.settle();
    await expect(instance.status()).toContainText('Active');
    await expect(page.getByTestId('field-flavor')).toContainText('c2.c4m4');
  });

  test('a U2 instance cannot resize; the reason says so', async ({ page, emulator }) => {
    await signIn(page, `/kr1/instances/${await serverId(emulator, 'dev-sandbox')}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await expect(instance.button('Resize')).toBeDisabled();
    await instance.button('Resize').hover();
    await expect(page.getByRole('tooltip')).toContainText('U2 instances cannot change flavor');
  });

  test('shelve and start the shelved instance again', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'web-02');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await instance.button('Shelve').click();
    await instance.confirm();
    await expect(page.getByTestId('field-task-state')).toContainText('shelving');
    await emulator.settle();
    await expect(instance.status()).toContainText('Shelved');
    await expect(instance.button('Start shelved')).toBeEnabled();
    await expect(instance.button('Start')).toBeDisabled();
    await instance.button('Start shelved').click();
    await expect(page.getByTestId('field-task-state')).toContainText('unshelving');
    await emulator.settle();
    await expect(instance.status()).toContainText('Active');
  });

  test('create an image of a U2 instance and follow it to active', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'dev-sandbox');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await instance.button('Create image').click();
    const dialog = instance.dialog();
    await dialog.getByLabel('Image name').fill('sandbox-golden');
    await dialog.getByRole('button', { name: 'Add metadata' }).click();
    await dialog.getByLabel('Key 1').fill('purpose');
    await dialog.getByLabel('Value 1').fill('golden image');
    await expect(dialog.getByTestId('request-body')).toContainText('"purpose": "golden image"');
    await dialog.getByRole('button', { name: 'Create image', exact: true }).click();
    const requested = page.getByTestId('image-requested');
    await expect(requested).toContainText('sandbox-golden');
    await expect(requested.getByTestId('image-status')).toHaveText(/queued|saving/);
    await emulator.settle();
    await expect(requested.getByTestId('image-status')).toHaveText('active', { timeout: 15_000 });
    const images = await (
      await emulator.api('GET', '/image/kr1/v2/images?name=sandbox-golden')
    ).json();
    expect(images.images[0].status).toBe('active');
  });

  test('create image is not offered outside U2, with the reason', async ({ page, emulator }) => {
    await signIn(page, `/kr1/instances/${await serverId(emulator, 'web-01')}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await expect(instance.button('Create image')).toBeDisabled();
    await instance.button('Create image').hover();
    await expect(page.getByRole('tooltip')).toContainText(
      'Create image works only for U2 flavors; this instance is m2.c2m4.',
    );
  });

  test('attach and detach a volume; the root volume cannot be detached', async ({
    page,
    emulator,
  }) => {
    const id = await serverId(emulator, 'web-01');
    await signIn(page, `/kr1/instances/${id}`);
    await new InstancePage(page).ready();
    const volumes = page.getByTestId('instance-volumes');
    await expect(volumes.getByTestId('attachment-row')).toHaveCount(2);
    await expect(volumes.getByRole('button', { name: /^Detach .*/ }).first()).toBeDisabled();

    await volumes.getByTestId('attach-volume').click();
    await page.getByRole('option', { name: /backup-vol/ }).click();
    await volumes.getByRole('button', { name: 'Attach' }).click();
    await expect(volumes.getByTestId('attachment-row')).toHaveCount(3);
    await expect(
      volumes.getByTestId('attachment-row').filter({ hasText: 'backup-vol' }),
    ).toContainText('/dev/vdc');
    await emulator.settle();
    await expect(
      volumes.getByTestId('attachment-row').filter({ hasText: 'backup-vol' }),
    ).toContainText('in-use');

    await volumes.getByRole('button', { name: 'Detach backup-vol' }).click();
    await expect(page.getByRole('dialog')).toContainText('Detach backup-vol from web-01?');
    await page.getByRole('dialog').getByTestId('confirm-button').click();
    await expect(
      volumes.getByTestId('attachment-row').filter({ hasText: 'backup-vol' }),
    ).toContainText('detaching');
    await emulator.settle();
    await expect(volumes.getByTestId('attachment-row')).toHaveCount(2);
  });

  test('add and remove a security group', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'web-02');
    await signIn(page, `/kr1/instances/${id}`);
    await new InstancePage(page).ready();
    const groups = page.getByTestId('instance-security-groups');
    await expect(groups.getByTestId('security-group')).toHaveText(['default', 'web']);
    await groups.getByTestId('add-security-group').click();
    await page.getByRole('option', { name: /^db/ }).click();
    await groups.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(groups.getByTestId('security-group')).toHaveText(['default', 'web', 'db']);

    await groups.getByRole('button', { name: 'Remove web' }).click();
    await expect(page.getByRole('dialog')).toContainText('Remove web from web-02?');
    await page.getByRole('dialog').getByTestId('confirm-button').click();
    await expect(groups.getByTestId('security-group')).toHaveText(['default', 'db']);
    const server = await serverState(emulator, id);
    expect(server.security_groups.map((g: { name: string }) => g.name).sort()).toEqual([
      'db',
      'default',
    ]);
  });

  test('rename in place', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'web-02');
    await signIn(page, `/kr1/instances/${id}`);
    await new InstancePage(page).ready();
    await page.getByRole('button', { name: 'Rename instance' }).click();
    const input = page.getByLabel('Instance name');
    await input.fill('');
    await expect(page.getByText('A name is required.')).toBeVisible();
    await input.fill('web-02-renamed');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('web-02-renamed');
    expect((await serverState(emulator, id)).name).toBe('web-02-renamed');
  });

  test('delete asks for the name, says it cannot be undone, and returns to the list', async ({
    page,
    emulator,
  }) => {
    const id = await serverId(emulator, 'legacy-app');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await instance.button('Delete').click();
    const dialog = instance.dialog();
    await expect(dialog).toContainText(
      'This deletes the instance legacy-app. It cannot be undone.',
    );
    const confirmButton = dialog.getByTestId('confirm-button');
    await expect(confirmButton).toBeDisabled();
    await dialog.getByTestId('type-to-confirm').fill('legacy');
    await expect(confirmButton).toBeDisabled();
    await dialog.getByTestId('type-to-confirm').fill('legacy-app');
    await expectAccessible(page, 'the delete confirmation');
    await confirmButton.click();
    await expect(page).toHaveURL(/\/kr1\/instances$/);
    await emulator.settle();
    await expect(page.getByRole('link', { name: 'legacy-app' })).toHaveCount(0, {
      timeout: 15_000,
    });
    const res = await emulator.api('GET', `/compute/kr1/v2/${TENANT}/servers/${id}`);
    expect(res.status()).toBe(404);
  });

  test('an action the API refuses shows what it said and leaves the page as it was', async ({
    page,
    emulator,
  }) => {
    const id = await serverId(emulator, 'web-01');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await emulator.fault({
      method: 'POST',
      path: `/servers/${id}/action$`,
      status: 409,
      times: 1,
      message: "Cannot 'os-stop' instance while it is locked by a backup",
    });
    await instance.button('Stop').click();
    await instance.confirm();
    const notification = instance.notifications();
    await expect(notification).toContainText('Stop failed: web-01');
    await expect(notification).toContainText(
      "Cannot 'os-stop' instance while it is locked by a backup",
    );
    await expect(instance.status()).toContainText('Active');
    await expect(page.getByTestId('field-task-state')).toContainText('None');
    await expect(instance.button('Stop')).toBeEnabled();

    // A 500 on resize, then the retry from the notification succeeds.
    await emulator.fault({
      method: 'POST',
      path: `/servers/${id}/action$`,
      status: 500,
      times: 1,
      message: 'Nova broke',
    });
    await instance.button('Resize').click();
    await instance.dialog().getByRole('radio', { name: 'c2.c4m4' }).check();
    await instance.dialog().getByRole('button', { name: 'Resize', exact: true }).click();
    await expect(notification).toContainText('Nova broke');
    await expect(instance.dialog()).toBeVisible();
    await notification.getByRole('button', { name: 'Try again' }).last().click();
    await expect(instance.status()).toContainText('Resizing');
  });

  test('a button pressed twice sends one request', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'db-master');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/servers/${id}/action`)) posts++;
    });
    await emulator.fault({
      method: 'POST',
      path: `/servers/${id}/action$`,
      latencyMs: 800,
      times: 1,
    });
    await instance.button('Start').click();
    await instance.button('Start').click({ force: true });
    await expect(page.getByTestId('field-task-state')).toContainText('powering-on');
    expect(posts).toBe(1);
  });

  test('every action can show the exact request it sends', async ({ page, emulator }) => {
    const id = await serverId(emulator, 'web-01');
    await signIn(page, `/kr1/instances/${id}`);
    await new InstancePage(page).ready();
    await page.getByRole('button', { name: 'API requests…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('API requests for web-01');
    await expect(dialog.getByTestId('request-body')).toHaveCount(6);
    await expect(dialog).toContainText('"os-start": null');
    await expect(dialog).toContainText('"reboot": {');
    await expect(dialog.getByTestId('request-url').last()).toContainText(`/servers/${id}`);
    await expect(dialog.getByRole('button', { name: 'Copy as curl' }).first()).toBeVisible();
    await expectAccessible(page, 'the API requests dialog');
  });
});

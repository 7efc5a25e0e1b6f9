import { readFile } from 'node:fs/promises';
import { DEMO, expect, expectAccessible, signIn, test } from './fixtures';
import { CreateInstancePage, UBUNTU, WINDOWS, watchCreates } from './pages/create-instance-page';
import { InstancesPage } from './pages/instances-page';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test.describe('creating instances', () => {
  // Each journey fills a long form; leave room for a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('a Linux instance on a 20 GB SSD boot volume: preview, confirm, then Building → Active', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);

    await create.name.fill('e2e-web');
    await create.chooseImage(UBUNTU);
    await create.chooseFlavor('m2.c2m4');
    await create.rootSize.fill('20');
    await create.chooseVolumeType('General SSD');
    // The shared external network is never offered as a place for an instance.
    await page.getByRole('combobox', { name: 'Subnet', exact: true }).click();
    await expect(page.getByRole('option', { name: /^backend-subnet / })).toBeVisible();
    await expect(page.getByRole('option', { name: /public_snat_gateway/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await create.chooseSubnet('default-subnet');
    await create.chooseKeypair('demo-key');
    const script = '#!/bin/bash\necho "hello 안녕" > /tmp/hello';
    await create.userData.fill(script);
    const encoded = Buffer.from(script, 'utf8').toString('base64');
    await expect(page.getByTestId('user-data-size')).toContainText(
      `Encoded size: ${encoded.length} of 65,535 bytes`,
    );

    await create.submit();
    await expect(create.dialog).toContainText('Create instance e2e-web?');
    await expect(create.dialog.getByTestId('request-url')).toContainText(
      /\/api\/compute\/kr1\/v2\/[0-9a-f]{32}\/servers$/,
    );
    await expect(create.dialog.getByRole('button', { name: 'Copy as curl' })).toBeVisible();
    const summary = create.dialog.getByTestId('create-summary');
    await expect(summary).toContainText(UBUNTU);
    await expect(summary).toContainText('m2.c2m4 · 2 vCPU · 4 GB RAM');
    await expect(summary).toContainText('20 GB General SSD, deleted with the instance');
    await expect(summary).toContainText('default-subnet (192.168.0.0/24)');
    await expect(summary).toContainText(`Image ${UBUNTU}`);
    const body = await create.previewBody();
    expect(body['os:scheduler_hints']).toBeUndefined();
    expect(body.server).toMatchObject({
      name: 'e2e-web',
      imageRef: UUID,
      key_name: 'demo-key',
      user_data: encoded,
      min_count: 1,
      max_count: 1,
      security_groups: [{ name: 'default' }],
      block_device_mapping_v2: [
        {
          uuid: body.server.imageRef,
          boot_index: 0,
          volume_size: 20,
          volume_type: 'General SSD',
          source_type: 'image',
          destination_type: 'volume',
          delete_on_termination: true,
        },
      ],
    });
    expect(body.server.return_reservation_id).toBeUndefined();
    expect(creates.count()).toBe(0);

    const response = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/servers$/.test(r.url()),
    );
    await create.confirm();
    const created = (await (await response).json()) as { server: { id: string } };
    expect(created.server.id).toMatch(UUID);
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${created.server.id}$`));
    expect(creates.count()).toBe(1);
    // What was sent is what was shown.
    expect(creates.last()?.postDataJSON()).toEqual(body);

    const list = new InstancesPage(page);
    await list.open();
    await expect(list.row('e2e-web')).toContainText('Building');
    await expect(list.row('e2e-web')).toContainText('demo-key');
    await emulator.settle();
    // The list polls every 2.5 s while something builds.
    await expect(list.row('e2e-web')).toContainText('Active', { timeout: 30_000 });
  });

  test('a Windows image refuses a 1 GB flavor (and U2) in the form, and nothing is sent', async ({
    page,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);

    // A 1 GB flavor chosen first, then a Windows image: the choice is flagged at once.
    await create.name.fill('win-01');
    await create.chooseFlavor('t2.c1m1');
    await create.chooseImage(WINDOWS);
    await expect(page.getByTestId('flavor-field')).toContainText(
      'Windows images need a flavor with at least 2 GB of RAM.',
    );
    // And the rows say why they cannot be chosen.
    await expect(create.flavor('t2.c1m1')).toBeDisabled();
    await expect(create.flavorRow('t2.c1m1')).toContainText(
      'Not available: Windows images need a flavor with at least 2 GB of RAM.',
    );
    await expect(create.flavor('u2.c2m4')).toBeDisabled();
    await expect(create.flavorRow('u2.c2m4')).toContainText(
      'Not available: U2 flavors cannot run Windows images.',
    );
    await expect(create.flavor('m2.c2m4')).toBeEnabled();
    // The boot volume followed the Windows minimum.
    await expect(create.rootSize).toHaveValue('50');

    await create.chooseKeypair('demo-key');
    await create.submit();
    await expect(page.getByTestId('form-errors')).toBeVisible();
    await expect(create.dialog).toBeHidden();
    // The radios of the flavor group are described by the error.
    const group = page.getByRole('radiogroup', { name: 'Flavor' });
    const describedBy = (await group.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy.split(' ')[0]}"]`)).toHaveText(
      'Windows images need a flavor with at least 2 GB of RAM.',
    );
    expect(creates.count()).toBe(0);

    // A flavor that fits clears it.
    await create.chooseFlavor('m2.c2m4');
    await expect(page.getByTestId('flavor-field').locator('[id$="-error"]')).toHaveCount(0);
    await expect(group).not.toHaveAttribute('aria-describedby', /-error/);
  });

  test('a 5 GB Linux boot volume is refused next to the field, and nothing is sent', async ({
    page,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);

    await create.fillValidLinux('tiny-root');
    await create.rootSize.fill('5');
    await create.submit();
    expect(await create.errorOf(create.rootSize)).toContain(
      'A Linux image needs a boot volume of at least 10 GB.',
    );
    await expect(create.rootSize).toBeFocused();
    await expect(page.getByTestId('form-errors')).toHaveText('Fix the problem marked above.');
    await expect(create.dialog).toBeHidden();
    expect(creates.count()).toBe(0);

    // Fixed, it goes through to the confirmation.
    await create.rootSize.fill('10');
    await create.submit();
    expect((await create.previewBody()).server).toMatchObject({
      block_device_mapping_v2: [{ volume_size: 10 }],
    });
  });

  test('three at once land on the list filtered by their reservation', async ({ page }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);

    await create.fillValidLinux('e2e-batch');
    await create.count.fill('3');
    await expect(page.getByTestId('count-hint')).toContainText('e2e-batch-1, e2e-batch-2');
    // Pressed twice: one confirmation, one request.
    await create.submitButton.dblclick();
    const body = await create.previewBody();
    expect(body.server).toMatchObject({ min_count: 3, max_count: 3, return_reservation_id: true });
    await expect(create.dialog).toHaveCount(1);
    await create.confirm();

    await expect(page).toHaveURL(/\/kr1\/instances\?reservation_id=r-[0-9a-f]+$/);
    const list = new InstancesPage(page);
    await expect(list.rows()).toHaveCount(3, { timeout: 20_000 });
    for (const name of ['e2e-batch-1', 'e2e-batch-2', 'e2e-batch-3']) {
      await expect(list.row(name)).toContainText('Building');
    }
    await expect(page.getByTestId('active-filters')).toContainText('Reservation: r-');
    expect(creates.count()).toBe(1);
  });

  test('a key pair created in place downloads <name>.pem once and is chosen', async ({ page }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();

    await page.getByRole('button', { name: 'Create key pair' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a key pair' });
    await expect(dialog).toContainText('downloaded as name.pem');
    // A name already taken is refused before anything is sent.
    await dialog.getByRole('textbox', { name: 'Key pair name' }).fill('demo-key');
    await dialog.getByRole('button', { name: 'Create and download' }).click();
    await expect(dialog).toContainText('A key pair named “demo-key” already exists.');

    await dialog.getByRole('textbox', { name: 'Key pair name' }).fill('e2e-key');
    await expect(dialog).toContainText('downloaded as e2e-key.pem');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Create and download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('e2e-key.pem');
    const pem = await readFile((await file.path()) as string, 'utf8');
    expect(pem).toContain('-----BEGIN RSA PRIVATE KEY-----');

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Key pair', exact: true })).toHaveValue(
      'e2e-key',
    );
    await expect(page.getByText('Keep it safe: it cannot be downloaded again.')).toBeVisible();
    // The console kept no copy of the private key.
    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
    );
    expect(stored).not.toContain('PRIVATE KEY');
  });

  test('an existing public key can be imported in place', async ({ page }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();

    await page.getByRole('button', { name: 'Import public key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a public key' });
    await dialog.getByRole('textbox', { name: 'Key pair name' }).fill('laptop');
    const publicKey = dialog.getByRole('textbox', { name: 'Public key' });
    await publicKey.fill('-----BEGIN OPENSSH PRIVATE KEY-----\nabc');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toContainText('This is a private key');
    await publicKey.fill(
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEAsJRhZ9SHfuPpbPKZSXKcF922tWzqo8N1cuLvyF8CG laptop',
    );
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Key pair', exact: true })).toHaveValue(
      'laptop',
    );
  });

  test('no answer after NHN Cloud made the instance: the form says so, finds it, and holds a second submit', async ({
    page,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);
    // The request reaches NHN Cloud and it creates the instance, but the answer is lost on the
    // way back: the browser gets a gateway timeout.
    await page.route(/\/servers$/, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      await route.fetch();
      return route.fulfill({
        status: 504,
        contentType: 'application/json',
        body: '{"error":{"code":504,"message":"Gateway Timeout"}}',
      });
    });

    await create.fillValidLinux('e2e-lost-answer');
    await create.submit();
    await create.confirm();
    const outcome = page.getByTestId('create-outcome');
    await expect(outcome).toHaveAttribute('data-state', 'created');
    await expect(outcome).toContainText('NHN Cloud created e2e-lost-answer');
    await expect(outcome).toContainText('Gateway Timeout');
    await expect(page.getByTestId('create-refused')).toHaveCount(0);
    // Submitting again would make a second one: held until the operator changes course.
    await expect(page.getByTestId('create-submit')).toBeDisabled();
    expect(creates.count()).toBe(1);
    await outcome.getByRole('link', { name: 'e2e-lost-answer' }).click();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'e2e-lost-answer' })).toBeVisible();
  });

  test('a create slower than the console waits ends by showing the instance NHN Cloud did make, with no duplicate', async ({
    page,
    emulator,
  }) => {
    test.setTimeout(150_000);
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);
    // 35 s: past the proxy's 25 s and the browser's 30 s; the emulator then creates it anyway.
    await emulator.fault({ method: 'POST', path: '/servers$', latencyMs: 35_000, times: 1 });

    await create.fillValidLinux('e2e-slow-create');
    await create.submit();
    await create.confirm();
    const outcome = page.getByTestId('create-outcome');
    await expect(outcome).toHaveAttribute('data-state', 'checking', { timeout: 40_000 });
    await expect(outcome).toContainText('timed out');
    await expect(page.getByTestId('create-submit')).toBeDisabled();
    await expect(outcome).toHaveAttribute('data-state', 'created', { timeout: 45_000 });
    await expect(outcome.getByRole('link', { name: 'e2e-slow-create' })).toHaveCount(1);
    expect(creates.count()).toBe(1);
    const made = await emulator.api(
      'GET',
      `/compute/kr1/v2/${DEMO.tenantId}/servers?name=^e2e-slow-create$`,
    );
    expect((await made.json()).servers).toHaveLength(1);
  });

  test('no answer and nothing made: the form says the outcome was unknown, then that it is safe to submit again', async ({
    page,
  }) => {
    // The console keeps looking for half a minute before it says nothing was made: jump it.
    await page.clock.install();
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);
    let lost = 0;
    await page.route(/\/servers$/, (route) => {
      if (route.request().method() !== 'POST' || lost++ > 0) return route.fallback();
      return route.fulfill({
        status: 502,
        contentType: 'application/json',
        body: '{"error":{"code":502,"message":"Bad Gateway"}}',
      });
    });

    await create.fillValidLinux('e2e-never-made');
    await create.submit();
    await create.confirm();
    const outcome = page.getByTestId('create-outcome');
    await expect(outcome).toHaveAttribute('data-state', 'checking');
    await expect(page.getByTestId('create-submit')).toBeDisabled();
    await page.clock.fastForward('00:31');
    await expect(outcome).toHaveAttribute('data-state', 'notCreated');
    await expect(outcome).toContainText('it is safe to submit again');
    await expect(page.getByText('nothing was created')).toHaveCount(0);
    await expect(page.getByTestId('create-submit')).toBeEnabled();

    await create.submit();
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));
    expect(creates.count()).toBe(2);
  });

  test('when every list fails alike, the form says so once, and one retry brings them all back', async ({
    page,
    emulator,
  }) => {
    await emulator.fault({
      method: 'GET',
      path: '^/(compute|image|network|block-storage)/',
      status: 503,
      message: 'Service Unavailable',
      times: 100,
    });
    await signIn(page, '/kr1/instances/new');
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load' });
    await expect(failure).toHaveCount(1, { timeout: 30_000 });
    await expect(failure).toContainText('the choices of this form');
    await expect(failure).toContainText('Service Unavailable');
    await expect(page.getByTestId('not-loaded').first()).toBeVisible();

    await emulator.clearFaults();
    await failure.getByRole('button', { name: 'Try again' }).click();
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load' })).toHaveCount(0);
  });

  test('a 400 that slips through is shown with NHN Cloud’s words, and a fixed resubmit works', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);
    const message = 'Quota exceeded for instances: Requested 1, but already used 10 of 10.';
    await emulator.fault({ method: 'POST', path: '/servers$', status: 400, times: 1, message });

    await create.fillValidLinux('e2e-retry');
    await create.submit();
    await create.confirm();
    const refused = page.getByTestId('create-refused');
    await expect(refused).toContainText('NHN Cloud refused the request');
    await expect(refused).toContainText(message);
    await expect(page).toHaveURL(/\/kr1\/instances\/new$/);
    // The form is as it was.
    await expect(create.name).toHaveValue('e2e-retry');
    expect(creates.count()).toBe(1);

    await create.name.fill('e2e-retry-2');
    await create.submit();
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));
    expect(creates.count()).toBe(2);
  });

  test('boots from the bootable volume web-restore: one instance, in kr-pub-a, no imageRef', async ({
    page,
    emulator,
  }) => {
    const volumes = (await (
      await emulator.api('GET', `/block-storage/kr1/v2/${DEMO.tenantId}/volumes/detail`)
    ).json()) as { volumes: { id: string; name: string | null }[] };
    const webRestore = volumes.volumes.find((volume) => volume.name === 'web-restore');
    expect(webRestore).toBeDefined();
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();

    await create.name.fill('e2e-from-volume');
    await create.count.fill('3');
    await create.chooseBootSource('Bootable volume');
    // A volume boots one instance: the count is fixed, with the reason.
    await expect(create.count).toBeDisabled();
    await expect(create.count).toHaveValue('1');
    await expect(page.getByTestId('section-basics')).toContainText(
      'An existing volume boots one instance: the count is 1.',
    );
    await create.chooseBootVolume('web-restore');
    await expect(page.getByTestId('volume-details')).toContainText(
      '20 GB General SSD · zone kr-pub-a',
    );
    // The zone follows the volume, with the reason, instead of a choice.
    await expect(page.getByTestId('zone-follows-source')).toContainText(
      'The instance is created in kr-pub-a, the zone of the volume web-restore',
    );
    await expect(page.getByRole('radio', { name: 'kr-pub-b' })).toHaveCount(0);
    // GPU and U2 flavors boot from an image only.
    await expect(create.flavor('g2.c8m64')).toBeDisabled();
    await expect(create.flavorRow('g2.c8m64')).toContainText(
      'GPU and U2 flavors boot only from an image on their local disk',
    );
    await expect(create.flavor('u2.c1m1')).toBeDisabled();
    await create.chooseFlavor('m2.c2m4');
    await expect(page.getByTestId('root-existing')).toContainText(
      'The volume web-restore (20 GB General SSD) becomes the root as it is',
    );
    await expectAccessible(page, 'the create form booting from a volume');
    await create.chooseKeypair('demo-key');

    await create.submit();
    const summary = create.dialog.getByTestId('create-summary');
    await expect(summary).toContainText('Volume web-restore (20 GB)');
    await expect(summary).toContainText('kr-pub-a (the zone of web-restore)');
    const body = await create.previewBody();
    expect(body.server).not.toHaveProperty('imageRef');
    expect(body.server).toMatchObject({
      availability_zone: 'kr-pub-a',
      min_count: 1,
      max_count: 1,
      block_device_mapping_v2: [
        {
          source_type: 'volume',
          uuid: webRestore?.id,
          boot_index: 0,
          destination_type: 'volume',
          delete_on_termination: false,
        },
      ],
    });
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));

    const list = new InstancesPage(page);
    await list.open();
    await expect(list.row('e2e-from-volume')).toContainText('Building');
    await expect(list.row('e2e-from-volume')).toContainText('kr-pub-a');
  });

  test('boots from the snapshot web-01-root-snap: a new root at least its size, in its zone', async ({
    page,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();

    await create.name.fill('e2e-from-snap');
    await create.chooseBootSource('Snapshot');
    await create.chooseSnapshot('web-01-root-snap');
    await expect(page.getByTestId('snapshot-details')).toContainText('zone kr-pub-a');
    await expect(create.rootSize).toHaveValue('20');
    await create.chooseFlavor('m2.c2m4');
    await create.chooseKeypair('demo-key');
    await create.rootSize.fill('15');
    await create.submit();
    expect(await create.errorOf(create.rootSize)).toContain(
      'A volume made from this snapshot needs at least 20 GB, its size.',
    );

    await create.rootSize.fill('30');
    await create.submit();
    const body = await create.previewBody();
    expect(body.server).not.toHaveProperty('imageRef');
    expect(body.server).toMatchObject({
      availability_zone: 'kr-pub-a',
      block_device_mapping_v2: [
        {
          source_type: 'snapshot',
          uuid: UUID,
          boot_index: 0,
          destination_type: 'volume',
          volume_size: 30,
          volume_type: 'General HDD',
        },
      ],
    });
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));
  });

  test('an encrypted volume type asks for its Secure Key Manager key, and sends it', async ({
    page,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    const creates = watchCreates(page);

    await create.fillValidLinux('e2e-encrypted');
    await expect(create.appKey).toHaveCount(0);
    await create.chooseVolumeType('Encrypted SSD');
    await expect(page.getByTestId('rootVolume-encryption')).toContainText(
      'Encrypted SSD is encrypted with a symmetric key of NHN Cloud Secure Key Manager',
    );
    await create.submit();
    expect(await create.errorOf(create.appKey)).toContain(
      'Encrypted SSD is encrypted: enter the Secure Key Manager app key and the symmetric key ID.',
    );
    expect(await create.errorOf(create.keyId)).toContain('Enter the symmetric key ID.');
    await expect(create.appKey).toBeFocused();
    await expectAccessible(page, 'the encryption key fields with errors');
    await expect(create.dialog).toBeHidden();
    expect(creates.count()).toBe(0);

    await create.appKey.fill('skm-appkey-e2e');
    await create.keyId.fill('key-0001');
    await create.submit();
    await expect(create.dialog.getByTestId('create-summary')).toContainText(
      '20 GB Encrypted SSD, deleted with the instance · encrypted with key key-0001',
    );
    const body = await create.previewBody();
    expect(body.server.block_device_mapping_v2).toEqual([
      {
        source_type: 'image',
        uuid: body.server.imageRef,
        boot_index: 0,
        destination_type: 'volume',
        volume_size: 20,
        volume_type: 'Encrypted SSD',
        delete_on_termination: true,
        nhn_encryption: { skm_appkey: 'skm-appkey-e2e', skm_key_id: 'key-0001' },
      },
    ]);
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));
    expect(creates.last()?.postDataJSON()).toEqual(body);
  });

  test('a GPU flavor sends a local root sized by the flavor, then the extra volumes', async ({
    page,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();

    await create.fillValidLinux('e2e-gpu');
    await create.chooseFlavor('g2.c8m64');
    await expect(page.getByTestId('local-root-disk')).toContainText(
      'g2.c8m64 boots from its own local disk of 100 GB',
    );
    await expect(create.rootSize).toHaveCount(0);
    await create.addExtraVolume();
    await create.extraSize(1).fill('5');
    await create.chooseExtraType(1, 'General SSD');
    await create.submit();
    expect(await create.errorOf(create.extraSize(1))).toContain(
      'Enter a whole number from 10 to 2000 GB.',
    );
    await expect(create.dialog).toBeHidden();
    await expectAccessible(page, 'the local root and an extra volume with an error');

    await create.extraSize(1).fill('100');
    await create.submit();
    const summary = create.dialog.getByTestId('create-summary');
    await expect(summary).toContainText('100 GB local disk of the flavor, made from the image');
    await expect(summary).toContainText('100 GB General SSD, deleted with the instance');
    const body = await create.previewBody();
    expect(body.server.imageRef).toMatch(UUID);
    expect(body.server.block_device_mapping_v2).toEqual([
      {
        source_type: 'image',
        uuid: body.server.imageRef,
        boot_index: 0,
        destination_type: 'local',
      },
      {
        source_type: 'blank',
        boot_index: 1,
        destination_type: 'volume',
        volume_size: 100,
        volume_type: 'General SSD',
        delete_on_termination: true,
      },
    ]);
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));
  });

  test('speaks Korean, the rules’ reasons included', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('nhn-console.language', 'ko'));
    await signIn(page, '/kr1/instances/new');
    await expect(page.getByRole('heading', { name: '인스턴스 생성', level: 1 })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('heading', { name: '인스턴스 타입', level: 2 })).toBeVisible();
    await page.getByRole('combobox', { name: '이미지', exact: true }).click();
    await page.getByRole('option', { name: WINDOWS }).click();
    const row = page.getByTestId('flavor-table').locator('tr[data-flavor="u2.c1m1"]');
    await expect(row).toContainText('사용 불가: U2 타입은 Windows 이미지를 사용할 수 없습니다.');
    await page.getByRole('button', { name: '검토 후 생성' }).click();
    await expect(page.getByText('이름을 입력하세요.')).toBeVisible();
    await expect(page.getByText('키페어를 선택하거나 새로 생성하세요.')).toBeVisible();
  });

  test('the form is accessible, in light and dark, with errors and in the confirmation', async ({
    page,
  }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    await expectAccessible(page, 'the create instance form');

    await create.chooseImage(WINDOWS);
    await create.submit();
    await expect(page.getByTestId('form-errors')).toBeVisible();
    await expectAccessible(page, 'the create instance form with errors');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await create.waitUntilReady();
    await create.chooseImage(WINDOWS);
    await create.submit();
    await expect(page.getByTestId('form-errors')).toBeVisible();
    await expectAccessible(page, 'the create instance form with errors, dark');

    await page.emulateMedia({ colorScheme: 'light' });
    await create.fillValidLinux('a11y');
    await create.submit();
    await expect(create.dialog).toBeVisible();
    await expectAccessible(page, 'the create confirmation');
  });
});

import type { APIRequestContext, Locator } from '@playwright/test';
import { type EmulatorControl, expect, expectAccessible, signIn, test } from './fixtures';
import {
  forceStatus,
  InstancePage,
  notifications,
  serverId,
  startBuilding,
  TENANT,
} from './pages/instance-page';

/**
 * The spec's gates (인스턴스 추가 기능), written out here rather than read from the console's
 * table: for each toolbar action, the statuses that allow it ('any': every status, even while a
 * task runs). The gated actions also need no task under way.
 */
const ALLOWED: Record<string, string[] | 'any'> = {
  Start: ['SHUTOFF'],
  'Start shelved': ['SHELVED_OFFLOADED'],
  Stop: ['ACTIVE', 'ERROR'],
  Shelve: ['ACTIVE'],
  Reboot: ['ACTIVE'],
  'Hard reboot': ['ACTIVE', 'ERROR', 'HARD_REBOOT', 'PAUSED', 'REBOOT', 'SHUTOFF', 'SUSPENDED'],
  Resize: ['ACTIVE', 'SHUTOFF'],
  // And only for U2 flavors: dev-sandbox and the building instance are the U2 ones below.
  'Create image': ['ACTIVE', 'SHUTOFF', 'SUSPENDED', 'PAUSED'],
  // But never while deletion protection is on (current guide: NHN-EXT-ATTR:protect): db-master.
  Delete: 'any',
};

/** Instance metadata: the guide sets no status, so the console follows Nova (no task under way). */
const METADATA_STATUSES = ['ACTIVE', 'PAUSED', 'SUSPENDED', 'SHUTOFF'];

/**
 * Attaching and detaching volumes: the spec sets no status, so the console follows Nova
 * (vm_state active, paused, stopped, resized, shelved, shelved_offloaded), with no task under way.
 */
const VOLUME_STATUSES = [
  'ACTIVE',
  'PAUSED',
  'SHUTOFF',
  'VERIFY_RESIZE',
  'SHELVED',
  'SHELVED_OFFLOADED',
];

type Prepare = (emulator: EmulatorControl, id: string, request: APIRequestContext) => Promise<void>;

/** Statuses the console's own actions never cause (migration, password reset, rescue). */
const force =
  (status: string): Prepare =>
  (emulator, id, request) =>
    forceStatus(request, emulator, id, status);

const action =
  (body: unknown): Prepare =>
  async (emulator, id) => {
    const res = await emulator.api('POST', `/compute/kr1/v2/${TENANT}/servers/${id}/action`, body);
    expect(res.status(), await res.text()).toBe(202);
  };

const CASES: {
  name: string;
  status: string;
  u2?: boolean;
  /** Deletion protection is on. */
  protected?: boolean;
  /** A task is under way (the gated actions wait for it). */
  task?: boolean;
  prepare?: Prepare;
}[] = [
  { name: 'web-01', status: 'ACTIVE' },
  { name: 'db-master', status: 'SHUTOFF', protected: true },
  { name: 'batch-worker', status: 'SHELVED_OFFLOADED' },
  { name: 'legacy-app', status: 'ERROR' },
  { name: 'win-ad-01', status: 'PAUSED' },
  { name: 'cache-01', status: 'SUSPENDED' },
  { name: 'dev-sandbox', status: 'ACTIVE', u2: true },
  { name: 'web-02', status: 'REBOOT', task: true, prepare: action({ reboot: { type: 'SOFT' } }) },
  {
    name: 'web-02',
    status: 'HARD_REBOOT',
    task: true,
    prepare: action({ reboot: { type: 'HARD' } }),
  },
  // Stop requested, not yet done: still ACTIVE, with the task powering-off.
  { name: 'web-02', status: 'ACTIVE', task: true, prepare: action({ 'os-stop': null }) },
  {
    name: 'web-02',
    status: 'VERIFY_RESIZE',
    prepare: async (emulator, id, request) => {
      const flavors = await (await emulator.api('GET', `/compute/kr1/v2/${TENANT}/flavors`)).json();
      const target = flavors.flavors.find((f: { name: string }) => f.name === 'm2.c4m8');
      await action({ resize: { flavorRef: target.id } })(emulator, id, request);
      // RESIZE (migrating) → VERIFY_RESIZE after one transition; NHN Cloud confirms it later.
      await emulator.advance(60_000);
    },
  },
  { name: 'gate-build', status: 'BUILD', u2: true, task: true },
  { name: 'web-02', status: 'RESCUE', prepare: force('RESCUE') },
  { name: 'web-02', status: 'MIGRATING', task: true, prepare: force('MIGRATING') },
  { name: 'web-02', status: 'PASSWORD', task: true, prepare: force('PASSWORD') },
];

test.describe('every action button follows the spec in every status', () => {
  for (const c of CASES) {
    test(`${c.name} in ${c.status}${c.task ? ' with a task under way' : ''}`, async ({
      page,
      emulator,
      request,
    }) => {
      const id =
        c.status === 'BUILD'
          ? await startBuilding(emulator, c.name)
          : await serverId(emulator, c.name);
      await c.prepare?.(emulator, id, request);
      await signIn(page, `/kr1/instances/${id}`);
      const instance = new InstancePage(page);
      await instance.ready();
      await expect(page.getByTestId('field-status').locator('[data-status]')).toHaveAttribute(
        'data-status',
        c.status,
      );
      const gated = (statuses: string[] | 'any') =>
        statuses === 'any' || (statuses.includes(c.status) && !c.task);
      const expectGate = async (button: Locator, allowed: boolean, what: string) => {
        if (allowed) await expect(button, `${what} on ${c.status}`).toBeEnabled();
        else await expect(button, `${what} on ${c.status}`).toBeDisabled();
      };

      for (const [label, statuses] of Object.entries(ALLOWED)) {
        let allowed = gated(statuses);
        if (label === 'Hard reboot' && c.task) {
          // A hard reboot may interrupt a reboot under way, but no other task.
          allowed = ['REBOOT', 'HARD_REBOOT'].includes(c.status);
        }
        if (label === 'Create image') allowed = allowed && Boolean(c.u2);
        // U2 instances cannot change flavor at all.
        if (label === 'Resize') allowed = allowed && !c.u2;
        if (label === 'Delete') allowed = allowed && !c.protected;
        await expectGate(instance.button(label), allowed, label);
      }

      // Rename and security groups: the spec sets no condition.
      await expectGate(page.getByRole('button', { name: 'Rename instance' }), true, 'Rename');
      const groups = page.getByTestId('instance-security-groups');
      await expectGate(groups.getByTestId('add-security-group'), true, 'Add security group');
      for (const remove of await groups.getByRole('button', { name: /^Remove / }).all()) {
        await expectGate(remove, true, 'Remove security group');
      }

      // Volumes: a free volume waits in every zone, so only the gate disables the picker.
      const volumes = page.getByTestId('instance-volumes');
      const volumesAllowed = gated(VOLUME_STATUSES);
      await expectGate(volumes.getByTestId('attach-volume'), volumesAllowed, 'Attach volume');
      for (const row of await volumes.getByTestId('attachment-row').all()) {
        const root = (await row.getByText('Root', { exact: true }).count()) > 0;
        const detach = row.getByRole('button', { name: /^Detach / });
        await expectGate(detach, volumesAllowed && !root, root ? 'Detach root' : 'Detach');
      }

      // Metadata: add, change and delete follow Nova's statuses, with no task under way.
      const metadata = page.getByTestId('instance-metadata');
      const metadataAllowed = gated(METADATA_STATUSES);
      await expect(
        metadata.getByTestId('metadata-table').or(metadata.getByText('No metadata.')),
      ).toBeVisible();
      await expectGate(
        metadata.getByRole('button', { name: 'Add key' }),
        metadataAllowed,
        'Add metadata',
      );
      for (const button of await metadata
        .getByRole('button', { name: /^(Change|Delete) / })
        .all()) {
        await expectGate(button, metadataAllowed, (await button.getAttribute('aria-label')) ?? '');
      }
    });
  }

  test('a disabled action names the statuses it needs, in the toolbar and in the row menu', async ({
    page,
    emulator,
  }) => {
    const id = await serverId(emulator, 'db-master');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await instance.button('Stop').hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      'Stop needs ACTIVE or ERROR; this instance is SHUTOFF.',
    );

    await page.goto('/kr1/instances');
    await page.getByRole('button', { name: 'Actions for db-master' }).click();
    const stop = page.getByRole('menuitem', { name: /^Stop/ });
    await expect(stop).toBeDisabled();
    await expect(stop).toContainText('Stop needs ACTIVE or ERROR; this instance is SHUTOFF.');
    await expect(page.getByRole('menuitem', { name: /^Start$/ })).toBeEnabled();
    await expectAccessible(page, 'the row menu');
  });
});

test.describe('bulk actions', () => {
  test('bulk stop runs on the instances that allow it and names the others with the reason', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/instances');
    for (const name of ['web-01', 'db-master', 'legacy-app', 'win-ad-01']) {
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    const bar = page.getByTestId('bulk-actions');
    await expect(bar).toContainText('4 selected');
    await bar.getByRole('button', { name: 'Stop' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('bulk-will-run')).toHaveText(
      /web-01.*legacy-app|legacy-app.*web-01/s,
    );
    await expect(dialog).toContainText('db-master');
    await expect(dialog).toContainText('Stop needs ACTIVE or ERROR; this instance is SHUTOFF.');
    await expect(dialog).toContainText('Stop needs ACTIVE or ERROR; this instance is PAUSED.');
    await dialog.getByTestId('confirm-button').click();

    const results = notifications(page).getByTestId('bulk-results');
    await expect(results.locator('[data-result="accepted"]')).toHaveCount(2);
    await expect(results.locator('[data-result="skipped"]')).toHaveCount(2);
    await expect(notifications(page)).toContainText('Stop: 2 accepted, 0 failed, 2 skipped');
    await emulator.settle();
    const row = (name: string) =>
      page.getByTestId('instances-table').locator('tbody tr').filter({ hasText: name });
    await expect(row('web-01')).toContainText('Stopped');
    await expect(row('legacy-app')).toContainText('Stopped');
    await expect(row('win-ad-01')).toContainText('Paused');
  });

  test('bulk delete confirms once, listing the instances', async ({ page, emulator }) => {
    await signIn(page, '/kr1/instances');
    for (const name of ['web-02', 'cache-01'])
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByTestId('bulk-actions').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('It cannot be undone.');
    await expect(dialog.getByTestId('bulk-will-run')).toContainText('web-02');
    await expect(dialog.getByTestId('bulk-will-run')).toContainText('cache-01');
    await dialog.getByTestId('confirm-button').click();
    await expect(notifications(page)).toContainText('Delete: 2 accepted, 0 failed, 0 skipped');
    await emulator.settle();
    await expect(page.getByRole('link', { name: 'web-02' })).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('link', { name: 'cache-01' })).toHaveCount(0);
  });
});

test.describe('deletion protection', () => {
  const REASON =
    "Delete is refused: deletion protection is on. Turn it off in NHN Cloud's console (Compute > Instance); the API cannot change it.";

  test('the details say On, and Delete is refused with the reason in the toolbar and the row menu', async ({
    page,
    emulator,
  }) => {
    const id = await serverId(emulator, 'db-master');
    await signIn(page, `/kr1/instances/${id}`);
    const instance = new InstancePage(page);
    await instance.ready();
    await expect(instance.field('field-protection')).toContainText('On');
    await expect(instance.field('field-protection')).toContainText(
      "Changed in NHN Cloud's console (Compute > Instance), not through the API.",
    );
    await expect(page.getByRole('img', { name: 'Deletion protection on' })).toBeVisible();
    await expect(instance.button('Delete')).toBeDisabled();
    await instance.button('Delete').hover();
    await expect(page.getByRole('tooltip')).toHaveText(REASON);
    // Pressing it anyway sends nothing.
    let deletes = 0;
    page.on('request', (r) => {
      if (r.method() === 'DELETE') deletes++;
    });
    await instance.button('Delete').click({ force: true });
    await expect(instance.dialog()).toBeHidden();
    expect(deletes).toBe(0);

    // An unprotected instance says Off, and may be deleted.
    await instance.open(await serverId(emulator, 'web-01'));
    await expect(instance.field('field-protection')).toContainText('Off');
    await expect(instance.button('Delete')).toBeEnabled();

    await page.goto('/kr1/instances');
    const table = page.getByTestId('instances-table');
    const row = (name: string) =>
      table.locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(
      row('db-master').getByRole('img', { name: 'Deletion protection on' }),
    ).toBeVisible();
    await expect(row('web-01').getByRole('img', { name: 'Deletion protection on' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Actions for db-master' }).click();
    const del = page.getByRole('menuitem', { name: /^Delete/ });
    await expect(del).toBeDisabled();
    await expect(del).toContainText(REASON);
    await expectAccessible(page, 'the row menu of a protected instance');
  });

  test('bulk delete skips a protected instance and names the reason', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/instances');
    for (const name of ['db-master', 'legacy-app'])
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByTestId('bulk-actions').getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('bulk-will-run')).toHaveText('legacy-app');
    const skipped = dialog.getByTestId('bulk-results').locator('[data-result="skipped"]');
    await expect(skipped).toHaveCount(1);
    await expect(skipped).toContainText('db-master');
    await expect(skipped).toContainText(REASON);
    await dialog.getByTestId('confirm-button').click();
    await expect(notifications(page)).toContainText('Delete: 1 accepted, 0 failed, 1 skipped');
    await emulator.settle();
    await expect(page.getByRole('link', { name: 'legacy-app' })).toHaveCount(0, {
      timeout: 15_000,
    });
    await expect(page.getByRole('link', { name: 'db-master' })).toBeVisible();
    const res = await emulator.api(
      'GET',
      `/compute/kr1/v2/${TENANT}/servers/${await serverId(emulator, 'db-master')}`,
    );
    expect(res.status()).toBe(200);
  });
});

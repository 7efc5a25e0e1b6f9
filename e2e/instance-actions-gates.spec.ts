import { expect, expectAccessible, signIn, test } from './fixtures';
import { InstancePage, notifications, serverId, TENANT } from './pages/instance-page';

/**
 * The spec's gates (인스턴스 추가 기능), written out here rather than read from the console's
 * table: for each action, the statuses that allow it.
 */
const ALLOWED: Record<string, string[]> = {
  Start: ['SHUTOFF'],
  'Start shelved': ['SHELVED_OFFLOADED'],
  Stop: ['ACTIVE', 'ERROR'],
  Shelve: ['ACTIVE'],
  Reboot: ['ACTIVE'],
  'Hard reboot': ['ACTIVE', 'ERROR', 'HARD_REBOOT', 'PAUSED', 'REBOOT', 'SHUTOFF', 'SUSPENDED'],
  Resize: ['ACTIVE', 'SHUTOFF'],
  // And only for U2 flavors: dev-sandbox is the U2 instance below.
  'Create image': ['ACTIVE', 'SHUTOFF', 'SUSPENDED', 'PAUSED'],
  Delete: [
    'ACTIVE',
    'SHUTOFF',
    'SHELVED_OFFLOADED',
    'ERROR',
    'PAUSED',
    'SUSPENDED',
    'REBOOT',
    'HARD_REBOOT',
  ],
};

const CASES: { name: string; status: string; u2?: boolean; prepare?: string }[] = [
  { name: 'web-01', status: 'ACTIVE' },
  { name: 'db-master', status: 'SHUTOFF' },
  { name: 'batch-worker', status: 'SHELVED_OFFLOADED' },
  { name: 'legacy-app', status: 'ERROR' },
  { name: 'win-ad-01', status: 'PAUSED' },
  { name: 'cache-01', status: 'SUSPENDED' },
  { name: 'dev-sandbox', status: 'ACTIVE', u2: true },
  { name: 'web-02', status: 'REBOOT', prepare: 'SOFT' },
  { name: 'web-02', status: 'HARD_REBOOT', prepare: 'HARD' },
];

test.describe('every action button follows the spec in every status', () => {
  for (const c of CASES) {
    test(`${c.name} in ${c.status}`, async ({ page, emulator }) => {
      const id = await serverId(emulator, c.name);
      if (c.prepare) {
        const res = await emulator.api('POST', `/compute/kr1/v2/${TENANT}/servers/${id}/action`, {
          reboot: { type: c.prepare },
        });
        expect(res.status()).toBe(202);
      }
      await signIn(page, `/kr1/instances/${id}`);
      const instance = new InstancePage(page);
      await instance.ready();
      await expect(page.getByTestId('field-status').locator('[data-status]')).toHaveAttribute(
        'data-status',
        c.status,
      );
      for (const [label, statuses] of Object.entries(ALLOWED)) {
        let allowed = statuses.includes(c.status);
        if (label === 'Create image') allowed = allowed && Boolean(c.u2);
        // U2 instances cannot change flavor at all.
        if (label === 'Resize') allowed = allowed && !c.u2;
        const button = instance.button(label);
        if (allowed) await expect(button, `${label} on ${c.status}`).toBeEnabled();
        else await expect(button, `${label} on ${c.status}`).toBeDisabled();
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

import type { Page, Request } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { InstancesPage } from './pages/instances-page';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

function countRequests(page: Page) {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) seen.push(request);
  });
  return {
    count: (pattern: RegExp) => seen.filter((r) => pattern.test(new URL(r.url()).pathname)).length,
    all: () =>
      seen.map((r) => `${r.method()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`),
  };
}

test.describe('the instances list', () => {
  test('shows every seeded instance with status, flavor, image and addresses', async ({ page }) => {
    await signIn(page);
    const list = new InstancesPage(page);
    await list.waitForRows();
    expect((await list.names()).sort()).toEqual(
      [
        'batch-worker',
        'cache-01',
        'db-master',
        'dev-sandbox',
        'legacy-app',
        'web-01',
        'web-02',
        'win-ad-01',
      ].sort(),
    );
    const web01 = list.row('web-01');
    await expect(web01).toContainText('Active');
    await expect(web01).toContainText('m2.c2m4');
    await expect(web01).toContainText('2 vCPU · 4 GB RAM');
    await expect(web01).toContainText('Ubuntu Server 22.04.4 LTS (2024.05.21)');
    await expect(web01).toContainText('192.168.0.11');
    await expect(web01).toContainText('133.186.210.40');
    await expect(web01).toContainText('Floating');
    await expect(web01).toContainText('kr-pub-a');
    await expect(web01).toContainText('demo-key');
    await expect(list.row('db-master')).toContainText('Stopped');
    await expect(list.row('batch-worker')).toContainText('Shelved');
    await expect(list.row('legacy-app')).toContainText('Error');
    await expect(list.row('win-ad-01')).toContainText('Paused');
    await expect(list.row('win-ad-01')).toContainText('Windows 2022 STD (2024.08.20) KO');
    await expect(list.row('web-01').getByRole('link', { name: 'web-01' })).toHaveAttribute(
      'href',
      /\/kr1\/instances\/[0-9a-f-]{36}$/,
    );
    await expectAccessible(page, 'the instances list');
  });

  test('costs one request each for servers, flavors and images when it opens', async ({ page }) => {
    await signIn(page);
    const requests = countRequests(page);
    await page.reload();
    const list = new InstancesPage(page);
    await list.waitForRows();
    await expect(list.row('web-01')).toContainText('m2.c2m4');
    await expect(list.row('web-01')).toContainText('Ubuntu Server');
    await page.waitForLoadState('networkidle');
    expect(requests.count(/\/servers\/detail$/), requests.all().join('\n')).toBe(1);
    expect(requests.count(/\/flavors\/detail$/), requests.all().join('\n')).toBe(1);
    expect(requests.count(/\/images$/), requests.all().join('\n')).toBe(1);
    expect(requests.count(/\/servers\/[0-9a-f-]{36}$/)).toBe(0);
  });

  test('a settled list refreshes about once a minute; a changing one every few seconds until it settles', async ({
    page,
    emulator,
  }) => {
    await page.clock.install();
    await signIn(page);
    const list = new InstancesPage(page);
    await list.waitForRows();
    const requests = countRequests(page);
    const listRequests = () => requests.count(/\/servers\/detail$/);

    // Settled: five minutes bring about five refreshes.
    for (let minute = 0; minute < 10; minute++) await page.clock.runFor(30_000);
    await page.waitForLoadState('networkidle');
    expect(listRequests()).toBeGreaterThanOrEqual(4);
    expect(listRequests()).toBeLessThanOrEqual(6);

    // Something starts changing: web-01 is being stopped (the emulator holds it in powering-off).
    const servers = await (
      await emulator.api('GET', `/compute/kr1/v2/${TENANT}/servers?name=^web-01$`)
    ).json();
    const id = servers.servers[0].id as string;
    await emulator.api('POST', `/compute/kr1/v2/${TENANT}/servers/${id}/action`, {
      'os-stop': null,
    });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText('Refreshing while instances change…')).toBeVisible();
    // While it changes, every 2.5 s brings a refresh.
    for (let step = 0; step < 8; step++) {
      const refreshed = page.waitForResponse((r) =>
        /\/servers\/detail$/.test(new URL(r.url()).pathname),
      );
      await page.clock.runFor(2_600);
      await refreshed;
    }

    // It settles: the list shows it and goes quiet again.
    await emulator.settle();
    await page.clock.runFor(2_600);
    await expect(list.row('web-01')).toContainText('Stopped');
    await expect(page.getByText('Refreshing while instances change…')).toBeHidden();
    await page.waitForLoadState('networkidle');
    const quietFrom = listRequests();
    for (let step = 0; step < 10; step++) await page.clock.runFor(3_000);
    await page.waitForLoadState('networkidle');
    expect(listRequests() - quietFrom).toBe(0);
  });

  test('a hidden tab asks for nothing, even while instances change; coming back refreshes at once', async ({
    page,
    emulator,
  }) => {
    await page.clock.install();
    await signIn(page);
    const list = new InstancesPage(page);
    await list.waitForRows();
    // web-01 is being stopped: a visible list would refresh every few seconds.
    const servers = await (
      await emulator.api('GET', `/compute/kr1/v2/${TENANT}/servers?name=^web-01$`)
    ).json();
    await emulator.api(
      'POST',
      `/compute/kr1/v2/${TENANT}/servers/${servers.servers[0].id}/action`,
      {
        'os-stop': null,
      },
    );
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText('Refreshing while instances change…')).toBeVisible();
    await page.waitForLoadState('networkidle');

    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        Object.defineProperty(document, 'hidden', {
          value: value === 'hidden',
          configurable: true,
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    const requests = countRequests(page);
    await setVisibility('hidden');
    for (let step = 0; step < 10; step++) await page.clock.runFor(30_000);
    await page.waitForLoadState('networkidle');
    expect(requests.all()).toEqual([]);

    await emulator.settle();
    const refreshed = page.waitForResponse((r) =>
      /\/servers\/detail$/.test(new URL(r.url()).pathname),
    );
    await setVisibility('visible');
    await refreshed;
    await expect(list.row('web-01')).toContainText('Stopped');
  });

  test('filters by name and status through the API, in the URL, kept by a reload', async ({
    page,
  }) => {
    await signIn(page);
    const list = new InstancesPage(page);
    await list.waitForRows();
    const requests = countRequests(page);

    await list.nameFilter().fill('^web');
    await expect(page).toHaveURL(/[?&]name=%5Eweb/);
    await expect(list.rows()).toHaveCount(2);
    expect((await list.names()).sort()).toEqual(['web-01', 'web-02']);
    expect(
      requests.all().some((r) => r.includes('/servers/detail?') && r.includes('name=%5Eweb')),
    ).toBe(true);

    await list.filterStatus(/^Stopped \(SHUTOFF\)/);
    await expect(page).toHaveURL(/status=SHUTOFF/);
    await expect(page.getByTestId('instances-no-matches')).toBeVisible();

    await list.nameFilter().fill('');
    await expect(list.rows()).toHaveCount(1);
    expect(await list.names()).toEqual(['db-master']);
    expect(requests.all().some((r) => r.includes('status=SHUTOFF'))).toBe(true);

    await page.reload();
    await expect(page).toHaveURL(/status=SHUTOFF/);
    await expect(list.rows()).toHaveCount(1);
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue(/Stopped/);
  });

  test('no matches offers to clear the filters', async ({ page }) => {
    await signIn(page);
    const list = new InstancesPage(page);
    await list.open('kr1', '?name=nothing-is-called-this');
    await expect(page.getByTestId('instances-no-matches')).toBeVisible();
    await expectAccessible(page, 'the no-matches state');
    await page
      .getByTestId('instances-no-matches')
      .getByRole('button', { name: 'Clear filters' })
      .click();
    await expect(page).toHaveURL(/\/kr1\/instances$/);
    await expect(list.rows()).toHaveCount(8);
  });

  test('an empty region says so and offers to create an instance', async ({ page, emulator }) => {
    const listed = await (await emulator.api('GET', `/compute/jp1/v2/${TENANT}/servers`)).json();
    for (const server of listed.servers) {
      await emulator.api('DELETE', `/compute/jp1/v2/${TENANT}/servers/${server.id}`);
    }
    await emulator.settle();
    await signIn(page);
    await new InstancesPage(page).open('jp1');
    const empty = page.getByTestId('instances-empty');
    await expect(empty).toContainText('No instances yet');
    await expect(empty.getByRole('link', { name: 'Create instance' })).toHaveAttribute(
      'href',
      '/jp1/instances/new',
    );
  });

  test('switching region keeps the page and asks the new region', async ({ page }) => {
    await signIn(page);
    const list = new InstancesPage(page);
    await list.waitForRows();
    const requests = countRequests(page);
    await page.getByTestId('region-switcher').click();
    await page.getByRole('option', { name: /KR2/ }).click();
    await expect(page).toHaveURL(/\/kr2\/instances$/);
    await expect(page.getByText('Virtual machines in KR2 · Korea (Pyeongchon).')).toBeVisible();
    await list.waitForRows();
    await expect(list.row('web-01').getByRole('link')).toHaveAttribute(
      'href',
      /^\/kr2\/instances\//,
    );
    expect(
      requests.all().some((r) => r.startsWith(`GET /api/compute/kr2/v2/${TENANT}/servers/detail`)),
    ).toBe(true);
    expect(requests.all().some((r) => r.includes('/api/compute/kr1/'))).toBe(false);
    // The catalog's regions are the only ones offered.
    await page.getByTestId('region-switcher').click();
    await expect(page.getByRole('option')).toHaveText([/KR1/, /KR2/, /JP1/]);
  });

  test('sorts by a column and pages with limit and marker', async ({ page }) => {
    await signIn(page);
    const list = new InstancesPage(page);
    await list.open('kr1', '?limit=3');
    await expect(list.rows()).toHaveCount(3);
    const first = await list.names();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/marker=/);
    await expect
      .poll(async () => (await list.names()).filter((n) => first.includes(n)))
      .toEqual([]);
    await expect(list.rows()).toHaveCount(3);
    const second = await list.names();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(list.rows()).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => list.names()).toEqual(second);

    await list.open('kr1');
    await page.getByRole('button', { name: /^Name/ }).click();
    await expect(page).toHaveURL(/sort=name%3Aasc/);
    await expect
      .poll(() => list.names())
      .toEqual([
        'batch-worker',
        'cache-01',
        'db-master',
        'dev-sandbox',
        'legacy-app',
        'web-01',
        'web-02',
        'win-ad-01',
      ]);
    await page.getByRole('button', { name: /^Name/ }).click();
    await expect(page).toHaveURL(/sort=name%3Adesc/);
    await expect.poll(async () => (await list.names())[0]).toBe('win-ad-01');
  });

  test('a failing list shows the upstream message and recovers with a retry', async ({
    page,
    emulator,
  }) => {
    await signIn(page);
    await emulator.fault({
      method: 'GET',
      path: '/servers/detail$',
      status: 500,
      message: 'Nova is having a bad day',
    });
    await page.reload();
    const alert = page.getByRole('alert', { name: 'Could not load Instances' });
    // 5xx answers are retried twice before the page gives up.
    await expect(alert).toContainText('Nova is having a bad day', { timeout: 20_000 });
    await expect(alert).toContainText('computeFault');
    await expectAccessible(page, 'the failed list');
    await emulator.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(new InstancesPage(page).rows()).toHaveCount(8);
    await expect(alert).toBeHidden();
  });

  test('shows skeletons while the first page loads', async ({ page, emulator }) => {
    await signIn(page);
    await emulator.fault({ method: 'GET', path: '/servers/detail$', latencyMs: 1500, times: 1 });
    await page.reload();
    await expect(page.getByTestId('instances-loading')).toBeVisible();
    await expect(new InstancesPage(page).rows()).toHaveCount(8);
  });
});

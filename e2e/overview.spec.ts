import { expect as baseExpect, expectAccessible, signIn, test } from './fixtures';
import { startBuilding } from './pages/instance-page';
import { InstancesPage } from './pages/instances-page';
import { OverviewPage } from './pages/overview-page';

// The overview waits for three lists; on a busy machine that can take longer than usual.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe('the overview', () => {
  test.describe.configure({ timeout: 120_000 });

  test('shows instances by status, family and zone, resources in use, volumes and what needs attention', async ({
    page,
  }) => {
    await signIn(page, '/kr1');
    const overview = new OverviewPage(page);
    await overview.waitForNumbers();

    await expect(overview.stat('instances')).toContainText('9');
    await expect(overview.stat('vcpus')).toContainText('6');
    await expect(overview.stat('vcpus')).toContainText('On 4 powered-on instances');
    await expect(overview.stat('ram')).toContainText('11 GB');
    await expect(overview.stat('volumes')).toContainText('14 volumes');
    await expect(overview.stat('volumes')).toContainText('1,200 GB in total');

    const status = overview.statusList();
    await expect(overview.item(status, 'Active')).toContainText('4');
    await expect(overview.item(status, 'Stopped')).toContainText('1');
    await expect(overview.item(status, 'Error')).toContainText('1');
    await expect(overview.item(status, 'Paused')).toContainText('1');
    await expect(status.getByRole('link')).toHaveCount(6);

    await expect(overview.item(overview.familyList(), 'M2')).toContainText('4');
    await expect(overview.item(overview.familyList(), 'R2')).toContainText('2');
    await expect(overview.item(overview.zoneList(), 'kr-pub-a')).toContainText('4');
    await expect(overview.item(overview.zoneList(), 'kr-pub-b')).toContainText('5');

    // Which statuses count as "in use" is said, and broken down.
    const resources = overview.section('resources');
    await expect(resources).toContainText('Counted: instances that are powered on');
    await expect(
      resources.getByRole('row', { name: 'Active 4 instances: Active 6 11 GB' }),
    ).toBeVisible();

    const volumes = overview.section('volumes');
    await expect(volumes).toContainText('14 volumes');
    await expect(
      volumes.getByRole('link', { name: /Attached to instances 10 · 530 GB/ }),
    ).toHaveAttribute('href', '/kr1/volumes?attached=yes');
    await expect(volumes.getByRole('link', { name: /Not attached 4 · 670 GB/ })).toHaveAttribute(
      'href',
      '/kr1/volumes?attached=no',
    );

    const attention = overview.section('attention');
    await expect(attention.getByRole('link', { name: 'legacy-app' })).toHaveAttribute(
      'href',
      /\/kr1\/instances\/[0-9a-f-]{36}$/,
    );
    await expect(attention).toContainText('In error');
  });

  test('the Error count leads to the instances list filtered to legacy-app', async ({ page }) => {
    await signIn(page, '/kr1');
    const overview = new OverviewPage(page);
    await overview.waitForNumbers();
    await overview.item(overview.statusList(), 'Error').click();
    await expect(page).toHaveURL(/\/kr1\/instances\?status=ERROR$/);
    const list = new InstancesPage(page);
    await expect(list.rows()).toHaveCount(1);
    await expect(list.row('legacy-app')).toBeVisible();
  });

  test('the family, zone and volume numbers lead to their lists', async ({ page }) => {
    await signIn(page, '/kr1');
    const overview = new OverviewPage(page);
    await overview.waitForNumbers();

    await overview.item(overview.familyList(), 'M2').click();
    await expect(page).toHaveURL(/\/kr1\/instances\?family=m2$/);
    const list = new InstancesPage(page);
    await expect(list.rows()).toHaveCount(4);
    for (const name of ['web-01', 'web-02', 'win-ad-01', 'app-from-volume'])
      await expect(list.row(name)).toBeVisible();

    await page.goBack();
    await overview.waitForNumbers();
    await overview.item(overview.zoneList(), 'kr-pub-b').click();
    await expect(page).toHaveURL(/\/kr1\/instances\?zone=kr-pub-b$/);
    await expect(list.rows()).toHaveCount(5);

    await page.goBack();
    await overview.waitForNumbers();
    await overview.stat('volumes').getByRole('link').click();
    await expect(page).toHaveURL(/\/kr1\/volumes$/);
    await expect(page.getByTestId('volumes-table').locator('tbody tr')).toHaveCount(14);

    await page.goBack();
    await overview.waitForNumbers();
    await overview
      .section('volumes')
      .getByRole('link', { name: /Not attached/ })
      .click();
    await expect(page).toHaveURL(/\/kr1\/volumes\?attached=no$/);
    await expect(page.getByTestId('volumes-table').locator('tbody tr')).toHaveCount(4);
  });

  test('an instance building for more than 10 minutes needs attention', async ({
    page,
    emulator,
  }) => {
    await startBuilding(emulator, 'slow-build');
    await page.clock.install();
    await signIn(page, '/kr1');
    const overview = new OverviewPage(page);
    await overview.waitForNumbers();
    const attention = overview.section('attention');
    await expect(overview.item(overview.statusList(), 'Building')).toContainText('1');
    await expect(attention).toContainText('legacy-app');
    await expect(attention.getByRole('link', { name: 'slow-build' })).toHaveCount(0);

    await page.clock.fastForward('11:00');
    await expect(attention.getByRole('link', { name: 'slow-build' })).toBeVisible();
    await expect(attention).toContainText('Still building');
  });

  test('an empty region shows zeros and nothing to attend to', async ({ page }) => {
    // kr3 (Gwangju) opened in January 2026: the demo tenant has nothing there yet.
    await signIn(page, '/kr3');
    const overview = new OverviewPage(page);
    await expect(overview.stat('instances')).toContainText('0');
    await expect(overview.stat('vcpus')).toContainText('0');
    await expect(overview.section('status')).toContainText(
      'Create an instance to see it summarised here.',
    );
    await expect(overview.section('resources')).toContainText('No instance is powered on.');
    await expect(overview.section('volumes')).toContainText('No volumes in this region.');
    await expect(overview.section('attention')).toContainText('Nothing needs attention.');
    await expectAccessible(page, 'an empty overview');
  });

  test('says so when a list cannot be loaded, and retries', async ({ page, emulator }) => {
    await emulator.fault({ method: 'GET', path: '/servers/detail$', status: 500, times: 3 });
    await signIn(page, '/kr1');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load Instances' });
    await expect(alert).toBeVisible();
    // The volumes still show.
    await expect(new OverviewPage(page).stat('volumes')).toContainText('14 volumes');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await new OverviewPage(page).waitForNumbers();
    await expect(alert).toBeHidden();
  });

  test('without flavors, vCPU and RAM are unknown rather than zero', async ({ page, emulator }) => {
    await emulator.fault({ method: 'GET', path: '/flavors/detail$', status: 500, times: 3 });
    await signIn(page, '/kr1');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Could not load Flavors' }),
    ).toBeVisible();
    const overview = new OverviewPage(page);
    await expect(overview.stat('vcpus')).toContainText('—');
    await expect(overview.stat('vcpus')).toContainText('Unknown: the flavors could not be loaded');
    await expect(overview.stat('instances')).toContainText('9');
  });

  test('is accessible in light and dark, and speaks Korean', async ({ page }) => {
    await signIn(page, '/kr1');
    const overview = new OverviewPage(page);
    await overview.waitForNumbers();
    await expect(overview.section('volumes')).toContainText('14 volumes');
    await expectAccessible(page, 'the overview (light)');

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'the overview (dark)');

    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('menuitem', { name: '한국어' }).click();
    await expect(page.getByRole('heading', { name: '개요', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: '상태별 인스턴스' })).toBeVisible();
    await expect(overview.item(overview.statusList(), '오류')).toContainText('1');
  });
});

import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { listPageSuite } from './list-page-suite';
import { FlavorsPage } from './pages/flavors-page';
import { InstancesPage } from './pages/instances-page';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
// The sixteen of the 2023 seed and the two GPU flavors (g2) of today's.
const ALL_KR1 = 18;

/** The flavors/detail requests the page sends, as `?query` strings. */
function watchFlavorRequests(page: Page) {
  const seen: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/flavors/detail')) seen.push(url);
  });
  return seen;
}

/** The flavors with at least 16 GB of RAM. */
const RAM_16_OR_MORE = [
  'c2.c16m16',
  'g2.c16m128',
  'g2.c8m64',
  'm2.c8m16',
  'r2.c2m16',
  'r2.c4m32',
  'x1.c32m128',
  'x1.c32m256',
].sort();

// Each journey opens pages of the dev server, which a busy machine can make slow to compile.
test.describe.configure({ timeout: 120_000 });

test.describe('the flavors page', () => {
  test('lists every flavor with family, vCPU, RAM, root disk, type and public', async ({
    page,
  }) => {
    await signIn(page, '/kr1/flavors');
    const flavors = new FlavorsPage(page);
    await flavors.waitForRows();
    await expect(flavors.rows()).toHaveCount(ALL_KR1);
    await expect(page.getByTestId('flavors-count')).toHaveText(`${ALL_KR1} flavors`);

    const m2 = flavors.row('m2.c2m4');
    await expect(m2.locator('td').nth(1)).toContainText('m2');
    await expect(m2.locator('td').nth(1)).toContainText('Balanced');
    await expect(m2.locator('td').nth(2)).toHaveText('2');
    await expect(m2.locator('td').nth(3)).toHaveText('4 GB');
    await expect(m2.locator('td').nth(4)).toHaveText('Block storage');
    await expect(m2.locator('td').nth(5)).toHaveText('general');
    await expect(m2.locator('td').nth(6)).toHaveText('Yes');

    const u2 = flavors.row('u2.c1m1');
    await expect(u2.locator('td').nth(4)).toHaveText('20 GB local disk');
    await expect(u2.locator('td').nth(5)).toHaveText('local');
    await expect(flavors.row('x1.c32m256').locator('td').nth(3)).toHaveText('256 GB');

    await expectAccessible(page, 'the flavors page');
  });

  test('a minimum RAM goes to the API in MB, from the start after a reload', async ({ page }) => {
    await signIn(page, '/kr1/flavors');
    const flavors = new FlavorsPage(page);
    await flavors.waitForRows();
    const requests = watchFlavorRequests(page);

    await flavors.minRam().fill('16');
    await expect(page).toHaveURL(/[?&]minRamGb=16(&|$)/);
    await expect(flavors.rows()).toHaveCount(8);
    expect((await flavors.names()).sort()).toEqual(RAM_16_OR_MORE);
    expect(requests.map((url) => url.searchParams.get('minRam'))).toContain('16384');

    // Kept by a reload: the request carries it from the start.
    const afterReload = watchFlavorRequests(page);
    await page.reload();
    await expect(flavors.rows()).toHaveCount(8);
    expect(afterReload.some((url) => url.searchParams.get('minRam') === '16384')).toBe(true);
  });

  test('a minimum disk goes to the API in GB and leaves the U2 and GPU flavors with a large local disk', async ({
    page,
  }) => {
    await signIn(page, '/kr1/flavors');
    const flavors = new FlavorsPage(page);
    await flavors.waitForRows();
    const requests = watchFlavorRequests(page);

    await flavors.minDisk().fill('50');
    await expect(flavors.rows()).toHaveCount(4);
    expect((await flavors.names()).sort()).toEqual([
      'g2.c16m128',
      'g2.c8m64',
      'u2.c2m4',
      'u2.c4m8',
    ]);
    expect(requests.some((url) => url.searchParams.get('minDisk') === '50')).toBe(true);
  });

  test('family chips and the name search filter the table', async ({ page }) => {
    await signIn(page, '/kr1/flavors');
    const flavors = new FlavorsPage(page);
    await flavors.waitForRows();

    await flavors.toggleFamily('m2');
    await expect(flavors.familyChip('m2')).toBeChecked();
    await expect(page).toHaveURL(/[?&]family=m2(&|$)/);
    await expect(flavors.rows()).toHaveCount(4);
    expect((await flavors.names()).every((name) => name.startsWith('m2.'))).toBe(true);
    await expect(page.getByTestId('flavors-count')).toHaveText(`4 of ${ALL_KR1} flavors`);

    await flavors.toggleFamily('c2');
    await expect(page).toHaveURL(/family=m2%2Cc2|family=m2,c2/);
    await expect(flavors.rows()).toHaveCount(7);

    await flavors.nameSearch().fill('c16');
    await expect(flavors.rows()).toHaveCount(1);
    expect(await flavors.names()).toEqual(['c2.c16m16']);

    await expectAccessible(page, 'the flavors page after filtering');
  });

  test('sorts by the instances using each flavor, ties by name, kept by a reload', async ({
    page,
  }) => {
    await signIn(page, '/kr1/flavors');
    const flavors = new FlavorsPage(page);
    await flavors.waitForRows();

    await flavors.sort('Instances', 'ascending');
    await flavors.sort('Instances', 'descending');
    await expect(page).toHaveURL(/sort=instances%3Adesc|sort=instances:desc/);
    await expect(flavors.rows().first()).toContainText('m2.c2m4');
    // Ties (one instance each) in name order.
    await expect(flavors.rows().nth(1)).toContainText('c2.c4m4');

    await page.reload();
    await expect(flavors.rows().first()).toContainText('m2.c2m4');
  });

  test('the instance count of m2.c2m4 links to the instances list filtered by it', async ({
    page,
    emulator,
  }) => {
    const res = await emulator.api('GET', `/compute/kr1/v2/${TENANT}/flavors/detail`);
    const { flavors: all } = (await res.json()) as { flavors: { id: string; name: string }[] };
    const m2 = all.find((flavor) => flavor.name === 'm2.c2m4');
    expect(m2).toBeTruthy();

    await signIn(page, '/kr1/flavors');
    const flavors = new FlavorsPage(page);
    await flavors.waitForRows();
    const link = flavors.row('m2.c2m4').getByRole('link', { name: '2 instances using m2.c2m4' });
    await expect(link).toHaveText('2');
    await expect(link).toHaveAttribute('href', `/kr1/instances?flavor=${m2?.id}`);
    await expect(flavors.row('r2.c4m32').getByRole('link')).toHaveText('1');
    await expect(flavors.row('x1.c32m256').locator('td').last()).toHaveText('0');

    await link.click();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances\\?flavor=${m2?.id}$`));
    const instances = new InstancesPage(page);
    await instances.waitForRows();
    await expect(instances.rows()).toHaveCount(2);
    await expect(instances.row('web-01')).toBeVisible();
    await expect(instances.row('web-02')).toBeVisible();
  });

  test('reads well in Korean and in the dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('nhn-console.language', 'ko'));
    await signIn(page, '/kr1/flavors?family=u2');
    await expect(page.getByRole('heading', { name: '인스턴스 타입', level: 1 })).toBeVisible();
    const flavors = new FlavorsPage(page);
    await expect(flavors.rows()).toHaveCount(3);
    await expect(flavors.row('u2.c1m1')).toContainText('로컬 디스크 20GB');
    await expectAccessible(page, 'the flavors page, dark and Korean');
  });
});

listPageSuite({
  title: 'the flavors page',
  what: 'Flavors',
  states: 'flavors',
  path: '/kr1/flavors',
  request: '/flavors/detail$',
  rows: (page) => new FlavorsPage(page).rows(),
  everyRow: ALL_KR1,
  failure: { fault: { status: 503, times: 3 }, says: [], timeout: 30_000 },
  noMatches: {
    show: async (page) => {
      const flavors = new FlavorsPage(page);
      await flavors.waitForRows();
      await flavors.toggleFamily('m2');
      await flavors.toggleFamily('c2');
      await flavors.nameSearch().fill('nothing-like-this');
    },
    clearedUrl: /\/kr1\/flavors$/,
    cleared: async (page) => {
      const flavors = new FlavorsPage(page);
      await expect(flavors.familyChip('m2')).not.toBeChecked();
      await expect(flavors.nameSearch()).toHaveValue('');
    },
  },
  sort: {
    by: (page, direction) => new FlavorsPage(page).sort('RAM', direction),
    url: { ascending: /sort=ram%3Aasc|sort=ram:asc/, descending: /sort=ram%3Adesc|sort=ram:desc/ },
    ascending: async (page) => {
      await expect(new FlavorsPage(page).rows().first()).toContainText(/u2\.c1m1|t2\.c1m1/);
    },
    descending: async (page) => {
      await expect(new FlavorsPage(page).rows().first()).toContainText('x1.c32m256');
    },
  },
  filter: {
    apply: (page) => new FlavorsPage(page).minRam().fill('16'),
    url: /[?&]minRamGb=16(&|$)/,
    shows: async (page) => {
      const flavors = new FlavorsPage(page);
      await expect(flavors.rows()).toHaveCount(8);
      expect((await flavors.names()).sort()).toEqual(RAM_16_OR_MORE);
    },
    kept: async (page) => {
      await expect(new FlavorsPage(page).minRam()).toHaveValue('16');
    },
    // Clearing the input asks for every flavor again.
    clear: async (page) => {
      const flavors = new FlavorsPage(page);
      await flavors.minRam().fill('');
      await expect(flavors.rows()).toHaveCount(ALL_KR1);
      await expect(page).not.toHaveURL(/minRamGb/);
    },
  },
});

/**
 * Issue 10 ("Fast at any size"): the region's servers are one kept-fresh collection. A settled
 * list and the overview ask only what changed (`changes-since`), counted in requests and bytes on
 * the page's fake clock, never timed; sorting covers every instance, not the page on screen; a
 * long page renders only the rows in view; a deleted instance leaves through changes-since.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';
import { listedServers, serverId, TENANT } from './pages/instance-page';
import { InstancesPage } from './pages/instances-page';
import { OverviewPage } from './pages/overview-page';

/** What a settled list may cost a minute: one empty changes-since answer is about 300 bytes. */
const SETTLED_BYTES_PER_MINUTE = 1_500;
/** The goal for the overview while one instance stops. */
const CHANGING_BYTES_PER_MINUTE = 50_000;

interface ListAnswer {
  url: URL;
  /** Headers and body, as they came over the wire. */
  bytes: number;
  servers: number;
  /** The status and the start of the body: what a failure shows. */
  said: string;
}

/** Every `servers/detail` answer from now on, with its size and how many servers it held. */
function watchServerLists(page: Page) {
  const answers: Promise<ListAnswer>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('/servers/detail')) return;
    answers.push(
      (async () => {
        const sizes = await response.request().sizes();
        const text = await response.text().catch((error: Error) => `(no body: ${error.message})`);
        let servers = -1;
        try {
          servers = (JSON.parse(text) as { servers?: unknown[] }).servers?.length ?? -1;
        } catch {}
        return {
          url,
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          servers,
          said: `${response.status()} ${text.slice(0, 200)}`,
        };
      })(),
    );
  });
  return { all: () => Promise.all(answers) };
}

const total = (answers: ListAnswer[]) => answers.reduce((sum, a) => sum + a.bytes, 0);
const API_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

test.describe('one kept-fresh collection of the region’s servers', () => {
  test(`a settled list asks with changes-since, under ${SETTLED_BYTES_PER_MINUTE} bytes a minute`, async ({
    page,
  }) => {
    await page.clock.install();
    const firstLoad = watchServerLists(page);
    await signIn(page);
    const list = new InstancesPage(page);
    await list.waitForRows();
    await page.waitForLoadState('networkidle');
    // Reading the whole list again each minute, as the console did, would cost this much: since
    // the proxy compresses (issue 10), the 9 servers cross the wire as ~3.4 KB of brotli (~17 KB
    // of JSON), still over twice the bound, so a console that re-read them would fail below.
    const full = total(await firstLoad.all());
    expect(full).toBeGreaterThan(SETTLED_BYTES_PER_MINUTE * 2);

    const lists = watchServerLists(page);
    for (let minute = 0; minute < 10; minute++) {
      // Each minute's refresh answered before the next minute starts.
      const answered = page.waitForResponse((r) => r.url().includes('/servers/detail'));
      await page.clock.runFor(60_000);
      await answered;
    }
    await page.waitForLoadState('networkidle');
    const answers = await lists.all();
    expect(answers).toHaveLength(10);
    for (const answer of answers) {
      expect(answer.url.searchParams.get('changes-since')).toMatch(API_TIME);
      expect(answer.servers, answer.said).toBe(0);
    }
    expect(total(answers) / 10).toBeLessThan(SETTLED_BYTES_PER_MINUTE);
    await expect(list.rows()).toHaveCount(9);
  });

  test(`the overview while one instance stops fetches only the changes, under ${CHANGING_BYTES_PER_MINUTE} bytes a minute`, async ({
    page,
    emulator,
  }) => {
    await page.clock.install();
    await signIn(page, '/kr1');
    const overview = new OverviewPage(page);
    await overview.waitForNumbers();
    await expect(overview.item(overview.statusList(), 'Stopped')).toContainText('1');
    await page.waitForLoadState('networkidle');

    const lists = watchServerLists(page);
    const id = await serverId(emulator, 'web-01');
    await emulator.api('POST', `/compute/kr1/v2/${TENANT}/servers/${id}/action`, {
      'os-stop': null,
    });
    // A minute passes for the page and the emulator alike: the minute's refresh sees web-01
    // powering off, then the overview follows it every 2.5 s until it is stopped.
    await emulator.advance(1_000);
    await page.clock.runFor(60_000);
    await expect(page.getByText('Refreshing while instances change…')).toBeVisible();
    for (let step = 0; step < 24; step++) {
      await emulator.advance(2_500);
      await page.clock.runFor(2_500);
    }
    await emulator.settle();
    await page.clock.runFor(2_500);
    await expect(overview.item(overview.statusList(), 'Stopped')).toContainText('2');
    await page.waitForLoadState('networkidle');

    const answers = await lists.all();
    expect(answers.length).toBeGreaterThanOrEqual(10);
    for (const answer of answers) {
      // Never the tenant again: only what changed, at most web-01.
      expect(answer.url.searchParams.get('changes-since')).toMatch(API_TIME);
      expect(answer.servers).toBeLessThanOrEqual(1);
    }
    expect(answers.some((answer) => answer.servers === 1)).toBe(true);
    expect(total(answers)).toBeLessThan(CHANGING_BYTES_PER_MINUTE);
  });

  test('a deleted instance leaves the list through changes-since', async ({ page, emulator }) => {
    await page.clock.install();
    await signIn(page);
    const list = new InstancesPage(page);
    await expect(list.rows()).toHaveCount(9);
    await page.waitForLoadState('networkidle');
    const lists = watchServerLists(page);

    const res = await emulator.api(
      'DELETE',
      `/compute/kr1/v2/${TENANT}/servers/${await serverId(emulator, 'cache-01')}`,
    );
    expect(res.status()).toBe(204);
    await emulator.settle();
    await page.clock.runFor(60_000);
    await expect(list.row('cache-01')).toHaveCount(0);
    await expect(list.rows()).toHaveCount(8);
    const answers = await lists.all();
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer.url.searchParams.has('changes-since')).toBe(true);
    // The answer named it (as DELETED): nothing else was read.
    expect(answers.some((answer) => answer.servers >= 1)).toBe(true);
  });
});

test.describe('a region of hundreds of instances', () => {
  test.describe.configure({ timeout: 180_000 });

  test('sorting by name over 500 servers puts the alphabetically first of all on top, not of the first page', async ({
    page,
    emulator,
  }) => {
    // The seed with 500 load servers (the emulator's reset at scale, on this worker's emulator).
    await emulator.reset(500);
    const all = (await listedServers(emulator)).map((server) => server.name);
    expect(all).toHaveLength(509);
    const first = [...all].sort((a, b) => a.localeCompare(b))[0];
    // The seed's oldest: on no first page of the newest.
    expect(first).toBe('app-from-volume');

    await signIn(page);
    const list = new InstancesPage(page);
    await list.waitForRows();
    await expect(page.getByTestId('instances-loading-more')).toBeHidden();
    await expect(page.getByTestId('instances-count')).toHaveText('1–50 of 509 instances');
    expect(await list.names()).not.toContain(first);

    await page.getByRole('button', { name: /^Name/ }).click();
    await expect.poll(async () => (await list.names())[0]).toBe(first);
    await page.getByRole('button', { name: /^Name/ }).click();
    await expect.poll(async () => (await list.names())[0]).toBe('win-ad-01');

    // A filter, too, covers every instance: the seed's web servers are far below the first page.
    await list.nameFilter().fill('^web-0');
    await expect.poll(async () => (await list.names()).sort()).toEqual(['web-01', 'web-02']);
    await expect(page.getByTestId('instances-count')).toHaveText('1–2 of 2 instances');
  });

  test('?limit=1000 renders only the rows in view of 1,000, also when scrolled to the end', async ({
    page,
    emulator,
  }) => {
    await emulator.reset(1000);
    const oldest = (await listedServers(emulator)).at(999)?.name ?? '';
    await signIn(page, '/kr1/instances?limit=1000');
    const list = new InstancesPage(page);
    await list.waitForRows();
    await expect(page.getByTestId('instances-count')).toHaveText('1–1,000 of 1,009 instances');
    await expect(list.table).toHaveAttribute('data-virtual', 'true');
    const inView = await list.rows().count();
    expect(inView).toBeGreaterThan(5);
    expect(inView).toBeLessThan(60);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(list.row(oldest)).toBeVisible();
    expect(await list.rows().count()).toBeLessThan(60);
    // Rows say where they stand in the whole list (aria-rowcount, aria-rowindex).
    await expect(list.table).toHaveAttribute('aria-rowcount', '1001');
    await expect(list.row(oldest)).toHaveAttribute('aria-rowindex', '1001');
    await expectAccessible(page, 'a long list scrolled to its end');
    // The row menu of a row rendered on the way still works.
    await page.getByRole('button', { name: `Actions for ${oldest}` }).click();
    await expect(page.getByRole('menuitem', { name: /^Stop/ })).toBeVisible();
  });
});

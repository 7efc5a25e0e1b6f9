/**
 * What every list page must do (issue 11: list pages share one scaffolding, src/components/
 * list-body.tsx and list-url.ts, and the browser tests one suite): its states (skeletons while the
 * first load is slow, a failed load that says what failed and recovers with a retry, no matches
 * with a way to clear the filters, an empty region), a sort by a column that is in the URL and
 * kept by a reload, and a filter that is in the URL and kept by a reload. A list's spec calls
 * `listPageSuite` with what is its own: its route, its request, its rows, how to sort and filter
 * it and what it then shows.
 */
import type { Locator, Page } from '@playwright/test';
import { type EmulatorControl, expect, expectAccessible, signIn, test } from './fixtures';

/** A list page as the suite drives it. */
interface ListUnderTest {
  /** `the instances list`: the suite's tests are under `<title>: what every list does`. */
  title: string;
  /** The list's name in its failed-load alert ("Could not load Instances"). */
  what: string;
  /** The prefix of its states' test ids: `<states>-loading`, `-no-matches`, `-empty`. */
  states: string;
  /** Its route in KR1, opened signed in. */
  path: string;
  /** Its first request, as an emulator fault's `path` names it. */
  request: string;
  /** Its rows (the page object's). */
  rows: (page: Page) => Locator;
  /** How many rows it shows unfiltered. */
  everyRow: number;
  /** What else it shows unfiltered (checked wherever every row is expected), when it says more. */
  unfiltered?: (page: Page) => Promise<void>;
  /** What the list needs beyond the emulator's seed (two rows to sort), before each test here. */
  setUp?: (emulator: EmulatorControl) => Promise<void>;
  /** The fault that fails its load, and what the alert then says (after `timeout`). */
  failure: {
    fault: { status: number; message?: string; times?: number };
    says: string[];
    timeout: number;
  };
  /** Filters it until nothing matches; after Clear filters, the URL and what else is cleared. */
  noMatches: {
    show: (page: Page) => Promise<void>;
    clearedUrl: RegExp;
    cleared?: (page: Page) => Promise<void>;
  };
  /** A region where it has nothing (checked by `before`), what it says and offers there. */
  empty?: {
    before: (emulator: EmulatorControl) => Promise<void>;
    open: (page: Page) => Promise<void>;
    says: string;
    offers: (empty: Locator) => Promise<void>;
  };
  /** A column's header pressed for each direction, the URL then, and the order it shows. */
  sort: {
    by: (page: Page, direction: 'ascending' | 'descending') => Promise<void>;
    url: { ascending: RegExp; descending: RegExp };
    ascending: (page: Page) => Promise<void>;
    descending: (page: Page) => Promise<void>;
  };
  /**
   * A filter set (`apply`, which may check what it likes on the way), the URL then, the rows it
   * shows before and after a reload (`reload`, when the list checks something around it), what
   * the reloaded page's fields say (`kept`), and, when the list tests it, taking it away and
   * what the page then shows (`clear`).
   */
  filter: {
    apply: (page: Page) => Promise<void>;
    url: RegExp;
    shows: (page: Page) => Promise<void>;
    reload?: (page: Page) => Promise<void>;
    kept: (page: Page) => Promise<void>;
    clear?: (page: Page) => Promise<void>;
  };
}

export function listPageSuite(list: ListUnderTest) {
  /** Its first rows are on screen (a first load may take a while on a busy machine). */
  const shown = (page: Page) => expect(list.rows(page).first()).toBeVisible({ timeout: 30_000 });
  /** Every row is there, and whatever else the list shows unfiltered. */
  const everyRowShown = async (page: Page) => {
    await expect(list.rows(page)).toHaveCount(list.everyRow);
    await list.unfiltered?.(page);
  };

  test.describe(`${list.title}: what every list does`, () => {
    const setUp = list.setUp;
    if (setUp) test.beforeEach(({ emulator }) => setUp(emulator));

    test('shows skeletons while the first load is slow', async ({ page, emulator }) => {
      await signIn(page, list.path);
      await shown(page);
      // The route's loader asks for the list as the navigation starts, while the page's code
      // loads (issue 10): the answer must take longer than a loaded machine takes to render.
      await emulator.fault({ method: 'GET', path: list.request, latencyMs: 5000, times: 1 });
      await page.reload();
      await expect(page.getByTestId(`${list.states}-loading`)).toBeVisible();
      // What a screen reader meets while it loads is as valid as the rest (axe).
      await expectAccessible(page, `${list.title} while loading`);
      await everyRowShown(page);
    });

    test('a failing list says what failed and recovers with a retry', async ({
      page,
      emulator,
    }) => {
      await signIn(page, list.path);
      // Loaded first, so the fault meets the reloaded page's requests only.
      await shown(page);
      await emulator.fault({ method: 'GET', path: list.request, ...list.failure.fault });
      await page.reload();
      const alert = page.getByRole('alert', { name: `Could not load ${list.what}` });
      // 5xx answers are retried twice before the page gives up.
      await expect(alert).toBeVisible({ timeout: list.failure.timeout });
      for (const text of list.failure.says) await expect(alert).toContainText(text);
      await expectAccessible(page, 'the failed list');
      await emulator.clearFaults();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await everyRowShown(page);
      await expect(alert).toBeHidden();
    });

    test('no matches offers to clear the filters', async ({ page }) => {
      await signIn(page, list.path);
      await list.noMatches.show(page);
      const noMatches = page.getByTestId(`${list.states}-no-matches`);
      await expect(noMatches).toBeVisible();
      await expectAccessible(page, 'the no-matches state');
      await noMatches.getByRole('button', { name: 'Clear filters' }).click();
      await expect(page).toHaveURL(list.noMatches.clearedUrl);
      await everyRowShown(page);
      await list.noMatches.cleared?.(page);
    });

    const empty = list.empty;
    if (empty) {
      test('an empty region says so and offers what to do', async ({ page, emulator }) => {
        await empty.before(emulator);
        await signIn(page, list.path);
        await empty.open(page);
        const state = page.getByTestId(`${list.states}-empty`);
        await expect(state).toContainText(empty.says);
        await empty.offers(state);
      });
    }

    test('sorts by a column, in the URL, kept by a reload', async ({ page }) => {
      await signIn(page, list.path);
      await shown(page);
      await list.sort.by(page, 'ascending');
      await expect(page).toHaveURL(list.sort.url.ascending);
      await list.sort.ascending(page);
      await list.sort.by(page, 'descending');
      await expect(page).toHaveURL(list.sort.url.descending);
      await list.sort.descending(page);

      await page.reload();
      await expect(page).toHaveURL(list.sort.url.descending);
      await list.sort.descending(page);
    });

    test('a filter is in the URL and kept by a reload', async ({ page }) => {
      await signIn(page, list.path);
      await shown(page);
      await list.filter.apply(page);
      await expect(page).toHaveURL(list.filter.url);
      await list.filter.shows(page);

      await (list.filter.reload ?? ((p: Page) => p.reload()))(page);
      await expect(page).toHaveURL(list.filter.url);
      await list.filter.shows(page);
      await list.filter.kept(page);

      await list.filter.clear?.(page);
    });
  });
}

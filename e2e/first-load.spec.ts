/**
 * A light first load (issue 10), on the production build: what a page downloads, counted by the
 * files the browser fetched, and no layout shift on the login page (Lighthouse measured 0.155
 * from the emulator note appearing after the form). The chunk names are the modules' names
 * (console-frame-<hash>.js).
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/** The scripts and styles the page fetches from now on, with their text. */
function fetchedAssets(page: Page) {
  const files: Promise<{ path: string; text: string }>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(js|css)$/.test(path)) files.push(response.text().then((text) => ({ path, text })));
  });
  return () => Promise.all(files);
}

// A message of each language's frame (src/i18n/messages/*/shell.ts) found in no other file.
const ENGLISH = 'Use your tenant ID, NHN Cloud ID and API password.';
const KOREAN = '테넌트 ID, NHN Cloud ID, API 비밀번호를 입력하세요.';

/** Modules only signed-in pages (or no page at first) need: never on the login page. */
const NOT_FOR_LOGIN =
  /\/(console-frame|app-layout|notifications|overview-page|instances-list-page|data-table|charts)-/;

test.describe('the first load', () => {
  test('the login page: its language only, nothing of the console, no layout shift', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.layoutShift += (entry as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const assets = fetchedAssets(page);
    await page.goto('/login');
    await expect(page.getByTestId('emulator-banner')).toBeVisible();
    await expect(page.getByText(ENGLISH)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift),
    ).toBe(0);

    const files = await assets();
    expect(files.filter((f) => f.text.includes(ENGLISH))).toHaveLength(1);
    expect(files.filter((f) => f.text.includes(KOREAN))).toEqual([]);
    expect(files.map((f) => f.path).filter((p) => NOT_FOR_LOGIN.test(p))).toEqual([]);
    // Mantine's styles per component, not all of them (styles.css has the Stepper's, say).
    expect(files.filter((f) => f.text.includes('--stepper-icon-size'))).toEqual([]);
  });

  test.describe('in a Korean browser', () => {
    test.use({ locale: 'ko-KR' });

    test('the login page downloads the Korean messages only', async ({ page }) => {
      const assets = fetchedAssets(page);
      await page.goto('/login');
      await expect(page.getByText(KOREAN)).toBeVisible();
      await page.waitForLoadState('networkidle');
      const files = await assets();
      expect(files.filter((f) => f.text.includes(KOREAN))).toHaveLength(1);
      expect(files.filter((f) => f.text.includes(ENGLISH))).toEqual([]);
    });
  });

  test('the instances list: its own messages and chunks, not the overview’s or the login page’s', async ({
    page,
  }) => {
    const assets = fetchedAssets(page);
    await signIn(page, '/kr1/instances');
    await expect(page.getByRole('link', { name: 'web-01' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const files = await assets();
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => /\/console-frame-.*\.js$/.test(p))).toHaveLength(1);
    expect(
      paths.filter((p) => /\/(overview-page|login-page|notifications|charts)-/.test(p)),
    ).toEqual([]);
    // Dialogs and row menus bring their code when first opened (issue 10: ≤ 200 KB to a live list).
    expect(paths.filter((p) => /\/(modals-provider|instance-actions-ui)-/.test(p))).toEqual([]);
    // So do the virtualizer (pages of more than 50 rows) and the hover hints (a first hover).
    expect(paths.filter((p) => /\/(virtual-body|tooltip|Tooltip)-/i.test(p))).toEqual([]);
    await page.getByTestId('emulator-badge').hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      'Connected to the built-in NHN Cloud emulator: no real resources are touched.',
    );
    // Selects and menus (the region switcher, the status filter, the page size, the language and
    // account menus) bring Mantine's Popover and @floating-ui when first used, and a first press
    // from the keyboard opens them (select-on-demand.tsx, menu-on-demand.tsx).
    expect(files.filter((f) => f.text.includes('@mantine/core/Popover'))).toEqual([]);
    await page.getByRole('combobox', { name: 'Rows per page' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { name: '100', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Account/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
    await page.keyboard.press('Escape');
    // The instances list's messages, in English only; not the overview's.
    expect(files.filter((f) => f.text.includes('Virtual machines in {{region}}.'))).toHaveLength(1);
    expect(files.filter((f) => f.text.includes('{{region}} at a glance'))).toEqual([]);
    expect(files.filter((f) => f.text.includes(KOREAN))).toEqual([]);
  });
});

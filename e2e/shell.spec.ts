import type { Request } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from './fixtures';

test.describe('the shell', () => {
  test('navigates between the pages of a region, each with its own URL', async ({ page }) => {
    await signIn(page);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const [label, path] of [
      ['Flavors', '/kr1/flavors'],
      ['Key pairs', '/kr1/keypairs'],
      ['Volumes', '/kr1/volumes'],
      ['Overview', '/kr1'],
      ['Instances', '/kr1/instances'],
    ] as const) {
      await nav.getByRole('link', { name: label }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
      await expectAccessible(page, `the ${label} page`);
    }
  });

  test('a page whose chunk is gone after a deploy reloads the console once, into the build the server has', async ({
    page,
  }) => {
    // The old build's flavors chunk answers 404 once, as after a deploy; the reload finds it.
    let asked = 0;
    await page.route(/\/assets\/flavors-page-[\w-]+\.js$/, (route) =>
      asked++ === 0 ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
    );
    await signIn(page);
    let loads = 0;
    page.on('load', () => loads++);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Flavors' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Flavors' })).toBeVisible();
    await expect(page).toHaveURL(/\/kr1\/flavors$/);
    // One reload (its page may ask for the chunk twice: a modulepreload, then the import).
    expect(loads).toBe(1);
    expect(asked).toBeGreaterThanOrEqual(2);
  });

  test('a chunk that stays missing shows the error after one reload, never a reload loop', async ({
    page,
  }) => {
    await page.route(/\/assets\/flavors-page-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await signIn(page);
    let loads = 0;
    page.on('load', () => loads++);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Flavors' })
      .click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    expect(loads).toBe(1);
  });

  test('unknown pages and regions get the 404 page', async ({ page }) => {
    await signIn(page);
    await page.goto('/kr1/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectAccessible(page, 'the 404 page');
    await page.goto('/us9/instances');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the console' }).click();
    await expect(page).toHaveURL(/\/kr1\/instances$/);
  });

  test('the region switcher offers the catalog’s regions in NHN’s order, KR3 among them', async ({
    page,
  }) => {
    // The demo catalog lists KR2, KR1, KR3, JP1.
    await signIn(page);
    await page.getByTestId('region-switcher').click();
    await expect(page.getByRole('option')).toHaveText([
      'KR1 · Korea (Pangyo)',
      'KR2 · Korea (Pyeongchon)',
      'KR3 · Korea (Gwangju)',
      'JP1 · Japan (Tokyo)',
    ]);
    await expectAccessible(page, 'the open region switcher');
    await page.getByRole('option', { name: 'KR3 · Korea (Gwangju)' }).click();
    await expect(page).toHaveURL(/\/kr3\/instances$/);
    // KR3 is a region the demo tenant has not used yet (issue 9): its own list, empty, and no row
    // of KR1 left on screen (web-01 with a /kr3/ link was only ever a moment before KR3 answered).
    await expect(page.getByRole('heading', { name: 'No instances yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'web-01' })).toHaveCount(0);
  });

  test('the console’s home opens the region shown last', async ({ page }) => {
    await signIn(page, '/kr3/volumes');
    await expect(page.getByRole('heading', { level: 1, name: 'Volumes' })).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/kr3\/instances$/);
    // A region the catalog does not list is not remembered.
    await page.goto('/us9/instances');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the console' }).click();
    await expect(page).toHaveURL(/\/kr3\/instances$/);
  });

  test('speaks Korean, with dates in Korean, and remembers the choice', async ({ page }) => {
    await signIn(page);
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('menuitem', { name: '한국어' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '인스턴스' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: '키페어' })).toBeVisible();
    await expect(page.getByTestId('instances-table')).toContainText('활성');
    await expect(page.getByTestId('instances-table')).toContainText('일 전');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.getByTestId('region-switcher').click();
    await expect(page.getByRole('option', { name: 'KR3 · 한국(광주)' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '인스턴스' })).toBeVisible();
    await expectAccessible(page, 'the Korean instances list');
  });

  test.describe('with a Korean browser', () => {
    test.use({ locale: 'ko-KR' });
    test('follows the browser language', async ({ page }) => {
      await page.goto('/login');
      await expect(page.getByRole('heading', { name: 'NHN Cloud 로그인' })).toBeVisible();
    });
  });

  test('switches between light and dark', async ({ page }) => {
    await signIn(page);
    const html = page.locator('html');
    const before = await html.getAttribute('data-mantine-color-scheme');
    await page.getByRole('button', { name: 'Switch between light and dark' }).click();
    await expect(html).not.toHaveAttribute('data-mantine-color-scheme', before ?? '');
    await expectAccessible(page, 'the dark instances list');
  });
});

test.describe('the API layer in the browser', () => {
  const serverLists = (requests: string[]) => requests.filter((r) => /\/servers\/detail$/.test(r));

  test('a gateway refusal sent with HTTP 200 is shown as NHN’s refusal, not as an empty list', async ({
    page,
    emulator,
  }) => {
    await emulator.fault({
      method: 'GET',
      path: '/servers/detail$',
      status: 403,
      gateway: true,
      message: 'Refused by the API gateway',
      times: 1,
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await signIn(page);
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load Instances' });
    await expect(failure).toContainText('NHN Cloud said: Refused by the API gateway');
    await expect(failure).toContainText('200 resultCode 403');
    await expect(page.getByText('No instances yet')).toHaveCount(0);
    // The refusal was not asked again: the fault answers once, so a retry would have shown the list.
    expect(serverLists(requests)).toHaveLength(1);
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('link', { name: 'web-01' })).toBeVisible();
  });

  test("a failure of the console's own server says so, never as NHN Cloud's words", async ({
    page,
  }) => {
    const said =
      "The console's server could not reach NHN Cloud: nothing was sent. Try again in a moment.";
    await page.route(/\/servers\/detail\?/, (route) =>
      route.fulfill({
        status: 502,
        headers: { 'Content-Type': 'application/json', 'X-NHN-Console-Proxy-Error': 'unreachable' },
        body: JSON.stringify({ error: { code: 502, message: said } }),
      }),
    );
    await signIn(page);
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load Instances' });
    await expect(failure).toContainText(said);
    await expect(failure).not.toContainText('NHN Cloud said');
    await expect(page.getByRole('alert')).toHaveCount(1);
  });

  test('NHN Cloud gone: the proxy says so in its own words, with no address of its upstream', async ({
    page,
    emulator,
  }) => {
    await emulator.fault({ method: 'GET', path: '/servers/detail$', drop: true, times: 20 });
    await signIn(page);
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load Instances' });
    await expect(failure).toContainText("The console's server lost its connection to NHN Cloud");
    await expect(failure).not.toContainText('NHN Cloud said');
    const text = (await failure.textContent()) ?? '';
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\b|ECONN|socket/i);
  });

  test('a 429 is asked again only after its Retry-After', async ({ page, emulator }) => {
    await emulator.fault({
      method: 'GET',
      path: '/servers/detail$',
      status: 429,
      retryAfterS: 2,
      message: 'Too many requests',
      times: 1,
    });
    const asked: Request[] = [];
    page.on('request', (r) => {
      if (/\/servers\/detail$/.test(new URL(r.url()).pathname)) asked.push(r);
    });
    await signIn(page);
    await expect(page.getByRole('link', { name: 'web-01' })).toBeVisible();
    expect(asked).toHaveLength(2);
    // The browser's own start times: when the test process hears of a request depends on how busy
    // it is (CI once heard of the first one late and measured 1,879 ms between two sent 2 s apart).
    const [first, retry] = asked.map((r) => r.timing().startTime);
    expect((retry ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(1950);
  });
});

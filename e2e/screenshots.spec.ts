/**
 * `npm run screenshots`: the README's pictures of the main pages, taken on the emulator.
 * Not part of `npm test` (tagged @screenshots).
 */
import { expect, signIn, test } from './fixtures';
import { serverId } from './pages/instance-page';

test.use({ viewport: { width: 1440, height: 900 } });

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

test('screenshots of the main pages @screenshots', async ({ page, emulator }) => {
  test.setTimeout(180_000);
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in to NHN Cloud' })).toBeVisible();
  await page.screenshot(shot('login'));

  await signIn(page, '/kr1');
  await page.waitForLoadState('networkidle');
  await page.screenshot(shot('overview'));

  await page.goto('/kr1/instances');
  await expect(page.getByRole('link', { name: 'web-01' })).toBeVisible();
  await page.screenshot(shot('instances'));

  await page.goto(`/kr1/instances/${await serverId(emulator, 'web-01')}`);
  await expect(page.getByTestId('instance-toolbar')).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot(shot('instance-details'));

  await page.goto('/kr1/instances/new');
  await page.waitForLoadState('networkidle');
  await page.screenshot(shot('create-instance'));

  for (const name of ['flavors', 'keypairs', 'volumes', 'placement-policies']) {
    await page.goto(`/kr1/${name}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot(shot(name));
  }
});

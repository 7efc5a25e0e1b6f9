import { DEMO, expect, expectAccessible, test } from './fixtures';
import { CreateInstancePage } from './pages/create-instance-page';
import { InstancesPage } from './pages/instances-page';
import { LoginPage, signInAsDemo } from './pages/login-page';

/** What the emulator's token, as NHN Cloud's, calls the demo user (current/iaas-token.ko.md). */
const OPAQUE_USER_NAME = '37be6ac0-d660-11e7-ae46-005056ac1497';

test.describe('signing in and out', () => {
  test('the login page offers the demo account in emulator mode, and one click signs in', async ({
    page,
  }) => {
    const login = new LoginPage(page);
    await login.open();
    await expect(page.getByTestId('emulator-banner')).toContainText('Emulator mode');
    await expect(page.getByText(/API endpoint settings/).first()).toBeVisible();
    await expectAccessible(page, 'the login page');
    await page.getByRole('button', { name: 'Use the demo account' }).click();
    await expect(page).toHaveURL(/\/kr1\/instances$/);
    await expect(page.getByRole('link', { name: 'web-01' })).toBeVisible();
    await expect(page.getByTestId('emulator-badge')).toBeVisible();
  });

  test('a wrong password shows the error and signs nobody in', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn({ ...DEMO, password: 'not-the-password' });
    await expect(page.getByRole('alert', { name: 'Sign-in failed' })).toContainText(
      'The tenant ID, NHN Cloud ID or API password is wrong.',
    );
    await expect(page).toHaveURL(/\/login/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test('the form checks its fields before sending anything', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    let tokenRequests = 0;
    page.on('request', (r) => {
      if (r.url().includes('/api/session')) tokenRequests++;
    });
    await login.signIn({ tenantId: 'not-a-tenant', username: '', password: '' });
    await expect(page.getByText('A tenant ID is 32 hexadecimal characters.')).toBeVisible();
    await expect(page.getByText('Required').first()).toBeVisible();
    expect(tokenRequests).toBe(0);
  });

  test('a reload keeps the session for the tab; signing out clears it and nothing holds the password', async ({
    page,
    context,
  }) => {
    await signInAsDemo(page);
    await page.reload();
    await expect(page.getByRole('link', { name: 'web-01' })).toBeVisible();

    const stored = await page.evaluate(async () => {
      const dump = (s: Storage) =>
        Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`);
      const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
      return {
        local: dump(localStorage),
        session: dump(sessionStorage),
        cookie: document.cookie,
        indexedDb: dbs.map((d) => d.name),
        caches: 'caches' in window ? await caches.keys() : [],
      };
    });
    expect(JSON.stringify(stored)).not.toContain(DEMO.password);
    expect(stored.session.join()).toContain('nhn-console.session');
    expect(stored.indexedDb).toEqual([]);
    expect((await context.cookies()).map((c) => c.value).join()).not.toContain(DEMO.password);

    await page.getByTestId('user-menu').click();
    await expect(page.getByText(DEMO.tenantId)).toBeVisible();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('You have signed out.')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('nhn-console.session'))).toBeNull();
    const after = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(after).not.toContain(DEMO.password);
    // The protected page is gone too.
    await page.goto('/kr1/instances');
    await expect(page).toHaveURL(/\/login\?next=%2Fkr1%2Finstances/);
  });

  test('the NHN token never reaches page JavaScript, and signing out revokes it', async ({
    page,
    context,
  }) => {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/session'));
    await signInAsDemo(page);
    const signIn = await answer;
    // The console's server keeps the token: the answer names the tenant, never the token.
    expect((await signIn.json()).access.token.id).toBe('');
    await expect(page.getByRole('link', { name: 'web-01' })).toBeVisible();

    const sealed = (await context.cookies()).find((c) => c.name === 'nhn-console-session');
    expect(sealed).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const kept = await page.evaluate(() => sessionStorage.getItem('nhn-console.session'));
    expect(Object.keys(JSON.parse(kept ?? '{}'))).not.toContain('token');

    await page.getByTestId('user-menu').click();
    const signedOut = page.waitForResponse(
      (r) => r.url().endsWith('/api/session') && r.request().method() === 'DELETE',
    );
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    expect((await signedOut).status()).toBe(204);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('nhn-console-session');

    // A copy of the cookie taken before signing out opens nothing: the token was revoked.
    if (!sealed) throw new Error('no session cookie');
    await context.addCookies([sealed]);
    const afterwards = await page.request.get(`/api/compute/kr1/v2/${DEMO.tenantId}/servers`);
    expect(afterwards.status()).toBe(401);
  });

  test('a deep link before signing in comes back after it', async ({ page }) => {
    await page.goto('/kr1/instances?status=SHUTOFF');
    await expect(page).toHaveURL(/\/login\?next=/);
    await new LoginPage(page).signIn();
    await expect(page).toHaveURL(/\/kr1\/instances\?status=SHUTOFF$/);
    await expect(page.getByRole('link', { name: 'db-master' })).toBeVisible();
  });

  test('a token that stops working mid-session sends the operator to login and back', async ({
    page,
    emulator,
  }) => {
    await signInAsDemo(page);
    const list = new InstancesPage(page);
    await list.open('kr1', '?name=web');
    await expect(list.rows()).toHaveCount(2);

    await emulator.expireTokens();
    await page.getByRole('button', { name: 'Refresh' }).click();

    await expect(page).toHaveURL(/\/login\?next=%2Fkr1%2Finstances%3Fname%3Dweb&reason=expired/);
    await expect(page.getByText('Your session has ended.')).toBeVisible();
    await new LoginPage(page).signIn();
    await expect(page).toHaveURL(/\/kr1\/instances\?name=web$/);
    await expect(list.rows()).toHaveCount(2);
  });

  test('a session that ends mid-form brings the operator back to the form as they left it, secrets aside', async ({
    page,
    emulator,
  }) => {
    await signInAsDemo(page);
    await page.goto('/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    await create.fillValidLinux('e2e-kept');
    await create.userData.fill('#!/bin/bash\necho secret');

    await emulator.expireTokens();
    await create.submit();
    await create.confirm();
    await expect(page).toHaveURL(/\/login\?next=%2Fkr1%2Finstances%2Fnew&reason=expired/);
    const kept = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    expect(kept).toContain('e2e-kept');
    expect(kept).not.toContain('secret');

    await new LoginPage(page).signIn();
    await expect(page).toHaveURL(/\/kr1\/instances\/new$/);
    await create.waitUntilReady();
    await expect(create.name).toHaveValue('e2e-kept');
    await expect(page.getByRole('combobox', { name: 'Key pair', exact: true })).toHaveValue(
      'demo-key',
    );
    await expect(create.userData).toHaveValue('');
    // Kept for one return only.
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(
      'e2e-kept',
    );
  });

  test('the token’s own expiry time ends the session without any request', async ({ page }) => {
    await page.clock.install();
    await signInAsDemo(page);
    // Tokens live 12 hours.
    await page.clock.fastForward('12:00:05');
    await expect(page).toHaveURL(/\/login\?next=%2Fkr1%2Finstances&reason=expired/);
  });

  test('the user menu shows the NHN Cloud ID typed at sign-in, never the token’s opaque id', async ({
    page,
  }) => {
    await signInAsDemo(page);
    const menu = page.getByTestId('user-menu');
    await expect(menu).toHaveAccessibleName(`Account: ${DEMO.username}`);
    await menu.click();
    const dropdown = page.getByRole('menu');
    await expect(dropdown).toContainText('NHN Cloud ID');
    await expect(dropdown).toContainText(DEMO.username);
    // The emulator, as NHN Cloud, names the user by an opaque id in the token.
    await expect(dropdown).not.toContainText(OPAQUE_USER_NAME);
    await expectAccessible(page, 'the user menu');
  });
});

test.describe('the region the console opens', () => {
  test('a fresh browser lands on kr1 although the catalog lists KR2 first', async ({
    page,
    request,
    emulator,
  }) => {
    // The precondition, so this cannot pass by the catalog's own order.
    const token = await request.post(`${emulator.url}/identity/v2.0/tokens`, {
      data: {
        auth: {
          tenantId: DEMO.tenantId,
          passwordCredentials: { username: DEMO.username, password: DEMO.password },
        },
      },
    });
    const { access } = await token.json();
    expect(access.user.name).toBe(OPAQUE_USER_NAME);
    const compute = access.serviceCatalog.find(
      (entry: { type: string }) => entry.type === 'compute',
    );
    expect(compute.endpoints[0].region).toBe('KR2');

    await signInAsDemo(page);
    await expect(page).toHaveURL(/\/kr1\/instances$/);
  });

  test('signing in again opens the region used last', async ({ page }) => {
    await signInAsDemo(page);
    await page.getByTestId('region-switcher').click();
    await page.getByRole('option', { name: /^JP1 ·/ }).click();
    await expect(page).toHaveURL(/\/jp1\/instances$/);
    // JP1's own list (the URL changes before the page renders the new region).
    await expect(page.getByRole('link', { name: 'web-01' })).toHaveAttribute(
      'href',
      /^\/jp1\/instances\//,
    );

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    await new LoginPage(page).signIn();
    await expect(page).toHaveURL(/\/jp1\/instances$/);
    await expect(page.getByRole('link', { name: 'web-01' })).toHaveAttribute(
      'href',
      /^\/jp1\/instances\//,
    );
  });

  test('a deep link still wins over the region used last', async ({ page }) => {
    await signInAsDemo(page);
    await page.goto('/kr3/volumes');
    await expect(page.getByRole('heading', { level: 1, name: 'Volumes' })).toBeVisible();
    await page.evaluate(() => sessionStorage.clear());
    await page.goto('/kr2/flavors');
    await expect(page).toHaveURL(/\/login\?next=%2Fkr2%2Fflavors/);
    await new LoginPage(page).signIn();
    await expect(page).toHaveURL(/\/kr2\/flavors$/);
  });
});

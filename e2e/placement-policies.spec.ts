import type { Page, Request } from '@playwright/test';
import { DEMO, expect, expectAccessible, reloadWhileServersLoad, signIn, test } from './fixtures';
import { CreateInstancePage } from './pages/create-instance-page';
import { PlacementPoliciesPage } from './pages/placement-policies-page';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Counts the requests of `method` the page sends to os-server-groups. */
function watchPolicyRequests(page: Page, method: 'POST' | 'DELETE') {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === method && /\/os-server-groups(\/[^/]+)?$/.test(request.url())) {
      seen.push(request);
    }
  });
  return { count: () => seen.length };
}

test.describe('placement policies', () => {
  test.describe.configure({ timeout: 120_000 });

  test('lists web-spread as anti-affinity with its members linked to their details', async ({
    page,
  }) => {
    await signIn(page, '/kr1/placement-policies');
    const policies = new PlacementPoliciesPage(page);
    await policies.waitUntilReady();

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Placement policies' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const row = policies.row('web-spread');
    await expect(row).toContainText('Anti-affinity');
    await expect(policies.memberLinks('web-spread')).toHaveText(['web-01', 'web-02']);
    await expect(page.getByTestId('placement-policies-count')).toHaveText('1 placement policy');
    await expectAccessible(page, 'the placement policies page');

    await policies.memberLinks('web-spread').first().click();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  });

  test('create a policy, then an instance in it: the instance becomes a member', async ({
    page,
  }) => {
    await signIn(page, '/kr1/placement-policies');
    const policies = new PlacementPoliciesPage(page);
    await policies.waitUntilReady();
    const posts = watchPolicyRequests(page, 'POST');

    await policies.createButton.click();
    const dialog = policies.dialog('Create a placement policy');
    await expect(dialog).toContainText('NHN Cloud offers one policy type: anti-affinity');
    await expect(dialog.getByRole('radio', { name: 'Anti-affinity' })).toBeChecked();
    // A blank name is refused next to the field, and nothing is sent.
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(dialog).toContainText('Enter a name.');
    expect(posts.count()).toBe(0);

    await dialog.getByRole('textbox', { name: 'Name' }).fill('e2e-spread');
    // The request, exactly as it will be sent.
    const preview = JSON.parse((await dialog.getByTestId('request-body').textContent()) ?? '');
    expect(preview).toEqual({ server_group: { name: 'e2e-spread', policies: ['anti-affinity'] } });
    const response = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/os-server-groups$/.test(r.url()),
    );
    // Pressed twice: one request.
    await dialog.getByRole('button', { name: 'Create', exact: true }).dblclick();
    const created = (await (await response).json()) as { server_group: { id: string } };
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Placement policy e2e-spread created')).toBeVisible();
    expect(posts.count()).toBe(1);
    await expect(policies.row('e2e-spread')).toContainText('No instances yet');

    // From the policy's row to the create form, with the policy chosen.
    await policies
      .row('e2e-spread')
      .getByRole('link', { name: 'Create an instance in it' })
      .click();
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    await expect(page.getByRole('combobox', { name: 'Placement policy', exact: true })).toHaveValue(
      'e2e-spread (anti-affinity, 0 members)',
    );
    await create.fillValidLinux('e2e-spread-app');
    await create.submit();
    await expect(create.dialog.getByTestId('create-summary')).toContainText(
      'e2e-spread (anti-affinity, 0 members)',
    );
    const body = await create.previewBody();
    expect(body['os:scheduler_hints']).toEqual({ group: created.server_group.id });
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));

    await policies.open();
    await expect(policies.memberLinks('e2e-spread')).toHaveText(['e2e-spread-app']);
    await expect(policies.memberLinks('web-spread')).toHaveText(['web-01', 'web-02']);
  });

  test('the create form places an instance in web-spread through its select', async ({ page }) => {
    await signIn(page, '/kr1/instances/new');
    const create = new CreateInstancePage(page);
    await create.waitUntilReady();
    await create.fillValidLinux('web-03');
    await create.choosePlacementPolicy('web-spread');
    await create.submit();
    const body = await create.previewBody();
    expect(body['os:scheduler_hints']).toEqual({ group: expect.stringMatching(UUID) });
    await create.confirm();
    await expect(page).toHaveURL(new RegExp(`/kr1/instances/${UUID.source}$`));

    const policies = new PlacementPoliciesPage(page);
    await policies.open();
    await expect(policies.memberLinks('web-spread')).toHaveText(['web-01', 'web-02', 'web-03']);
  });

  test('a refused create is shown in the dialog and the notification; the name stays', async ({
    page,
    emulator,
  }) => {
    const message = 'Quota exceeded, too many server groups.';
    await emulator.fault({
      method: 'POST',
      path: '/os-server-groups$',
      status: 403,
      times: 1,
      message,
    });
    await signIn(page, '/kr1/placement-policies');
    const policies = new PlacementPoliciesPage(page);
    await policies.waitUntilReady();
    await policies.createButton.click();
    const dialog = policies.dialog('Create a placement policy');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('e2e-refused');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog.getByTestId('create-policy-error')).toContainText(message);
    await expect(page.getByText('Could not create placement policy e2e-refused')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('e2e-refused');
    await expect(policies.row('e2e-refused')).toHaveCount(0);
  });

  test('a delete confirmation opened while the servers still load names the members once they come', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/placement-policies');
    const policies = new PlacementPoliciesPage(page);
    await policies.waitUntilReady();
    // The confirmation used to keep what it knew at the press: member ids, for good.
    await reloadWhileServersLoad(page, emulator);
    await policies.waitUntilReady();
    await (await policies.deleteButton('web-spread')).click();
    const confirm = policies.dialog('Delete placement policy web-spread?');
    await expect(confirm).toContainText(
      'Its member instances (web-01, web-02) keep running where they are',
    );
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(policies.row('web-spread')).toBeVisible();
  });

  test('delete names the policy and says its members keep running; then the empty state', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/placement-policies');
    const policies = new PlacementPoliciesPage(page);
    await policies.waitUntilReady();
    const deletes = watchPolicyRequests(page, 'DELETE');

    await (await policies.deleteButton('web-spread')).click();
    const confirm = policies.dialog('Delete placement policy web-spread?');
    await expect(confirm).toContainText(
      'The placement policy web-spread will be deleted. This cannot be undone.',
    );
    await expect(confirm).toContainText(
      'Its member instances (web-01, web-02) keep running where they are',
    );
    await confirm.getByText('API request').click();
    await expect(confirm.getByTestId('request-url')).toContainText(
      /\/os-server-groups\/[0-9a-f-]+$/,
    );
    await expectAccessible(page, 'the delete confirmation');
    await confirm.getByTestId('confirm-button').click();

    await expect(page.getByText('Placement policy web-spread deleted')).toBeVisible();
    const empty = page.getByTestId('placement-policies-empty');
    await expect(empty).toContainText('No placement policies yet');
    await expect(empty.getByRole('button', { name: 'Create placement policy' })).toBeVisible();
    expect(deletes.count()).toBe(1);
    await expectAccessible(page, 'the empty placement policies page');

    // The former members are untouched.
    const res = await emulator.api(
      'GET',
      `/compute/kr1/v2/${DEMO.tenantId}/servers/detail?name=${encodeURIComponent('^web-0[12]$')}`,
    );
    const { servers } = (await res.json()) as { servers: { name: string; status: string }[] };
    expect(servers.map((s) => [s.name, s.status]).sort()).toEqual([
      ['web-01', 'ACTIVE'],
      ['web-02', 'ACTIVE'],
    ]);
  });
});

import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page, Request } from '@playwright/test';
import sshpk from 'sshpk';
import { expect, expectAccessible, reloadWhileServersLoad, signIn, test } from './fixtures';
import { listPageSuite } from './list-page-suite';
import { KeypairsPage } from './pages/keypairs-page';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
const KEYPAIRS = `/compute/kr1/v2/${TENANT}/os-keypairs`;
const SEED_SERVERS = [
  'app-from-volume',
  'batch-worker',
  'cache-01',
  'db-master',
  'dev-sandbox',
  'legacy-app',
  'web-01',
  'web-02',
  'win-ad-01',
];

// ── OpenSSH keys and fingerprints, computed here independently of the console and the emulator ──

/** SSH wire format: each field as a uint32 length and its bytes (RFC 4251 §5). */
function wire(...fields: (string | Buffer)[]): Buffer {
  return Buffer.concat(
    fields.flatMap((field) => {
      const bytes = typeof field === 'string' ? Buffer.from(field) : field;
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return [length, bytes];
    }),
  );
}

/** An unsigned big-endian integer as an SSH mpint (a leading zero when the high bit is set). */
function mpint(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
}

/** OpenSSH's `SHA256:…` fingerprint of a key blob (`ssh-keygen -l -E sha256`). */
const fingerprint = (blob: Buffer) =>
  `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;

/** The OpenSSH public key blob of an RSA private key in PEM. */
function rsaBlobFromPrivatePem(pem: string): Buffer {
  const jwk = createPublicKey(pem).export({ format: 'jwk' });
  return wire(
    'ssh-rsa',
    mpint(Buffer.from(jwk.e ?? '', 'base64url')),
    mpint(Buffer.from(jwk.n ?? '', 'base64url')),
  );
}

/** A fresh Ed25519 public key as an OpenSSH line, with its fingerprint. */
function newEd25519Key(comment: string) {
  const { publicKey } = generateKeyPairSync('ed25519');
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const blob = wire('ssh-ed25519', x);
  return {
    line: `ssh-ed25519 ${blob.toString('base64')} ${comment}`,
    fingerprint: fingerprint(blob),
  };
}

/** A fresh ECDSA P-256 public key as an OpenSSH line, with its fingerprint. */
function newEcdsaKey(comment: string) {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x ?? '', 'base64url'),
    Buffer.from(jwk.y ?? '', 'base64url'),
  ]);
  const blob = wire('ecdsa-sha2-nistp256', 'nistp256', point);
  return {
    line: `ecdsa-sha2-nistp256 ${blob.toString('base64')} ${comment}`,
    fingerprint: fingerprint(blob),
  };
}

/** Key pair writes the page sends (POST/DELETE to os-keypairs). */
function watchKeypairWrites(page: Page) {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.includes('/os-keypairs')) {
      seen.push(request);
    }
  });
  return seen;
}

async function apiKeypairs(emulator: { api: (m: string, p: string) => Promise<any> }) {
  const res = await emulator.api('GET', KEYPAIRS);
  const body = (await res.json()) as {
    keypairs: { keypair: { name: string; fingerprint: string } }[];
  };
  return body.keypairs.map((entry) => entry.keypair);
}

// Each journey opens pages of the dev server, which a busy machine can make slow to compile.
test.describe.configure({ timeout: 120_000 });

test.describe('the key pairs list', () => {
  test('shows each key pair with its fingerprint and the instances that use it', async ({
    page,
    emulator,
  }) => {
    const [demo] = await apiKeypairs(emulator);
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();
    expect(await keypairs.names()).toEqual(['demo-key']);
    expect(await keypairs.fingerprintOf('demo-key')).toBe(demo?.fingerprint);
    const row = keypairs.row('demo-key');
    // The first three instances by name, then a link to the rest on the key pair's page.
    await expect(row.getByRole('link', { name: 'app-from-volume' })).toHaveAttribute(
      'href',
      /^\/kr1\/instances\/[0-9a-f-]{36}$/,
    );
    await expect(row.getByRole('link', { name: 'batch-worker' })).toBeVisible();
    await expect(row.getByRole('link', { name: 'cache-01' })).toBeVisible();
    await expect(row.getByRole('link', { name: '+6 more' })).toHaveAttribute(
      'href',
      '/kr1/keypairs/demo-key',
    );
    await expect(row.getByRole('link', { name: 'demo-key' })).toHaveAttribute(
      'href',
      '/kr1/keypairs/demo-key',
    );
    await expectAccessible(page, 'the key pairs list');
  });

  test('create: the private key is downloaded as <name>.pem, matches the fingerprint and is shown once', async ({
    page,
  }) => {
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();
    await keypairs.startCreate();
    await expectAccessible(page, 'the create key pair dialog');
    await keypairs.nameInput().fill('e2e-created');

    const downloading = page.waitForEvent('download');
    await keypairs.submit().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('e2e-created.pem');
    const pem = await readFile((await download.path()) as string, 'utf8');
    expect(pem).toMatch(/^-----BEGIN (RSA )?PRIVATE KEY-----/);

    // The private key's public half is the key pair NHN Cloud lists, fingerprint for fingerprint.
    const derived = fingerprint(rsaBlobFromPrivatePem(pem));
    expect(sshpk.parsePrivateKey(pem, 'pem').fingerprint('sha256').toString()).toBe(derived);
    await expect(keypairs.row('e2e-created')).toBeVisible();
    expect(await keypairs.fingerprintOf('e2e-created')).toBe(derived);

    // Shown once, with the warning.
    const secret = page.getByTestId('keypair-secret');
    await expect(secret).toContainText('This is the only time the private key is shown');
    await expect(secret).toContainText('cannot be retrieved again');
    await expect(secret).toContainText('It was downloaded as e2e-created.pem.');
    await expect(page.getByTestId('keypair-secret-fingerprint')).toHaveText(derived);
    await expect(page.getByLabel('Private key of e2e-created')).toHaveValue(pem);
    await expectAccessible(page, 'the private key dialog');

    await page.getByRole('button', { name: 'I have saved the private key' }).click();
    await expect(keypairs.dialog).toBeHidden();
    await expect(page.locator('body')).not.toContainText('PRIVATE KEY');
    // Never kept by the console.
    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
    );
    expect(stored).not.toContain('PRIVATE KEY');
    expect(stored).not.toContain(pem.split('\n')[1]);
  });

  test('import: a pasted Ed25519 key and an uploaded ECDSA key are registered with their fingerprints', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();

    const ed25519 = newEd25519Key('alice@laptop');
    await keypairs.startImport();
    await keypairs.nameInput().fill('alice-laptop');
    await keypairs.publicKeyInput().fill(ed25519.line);
    await expect(page.getByTestId('keypair-key-ok')).toHaveText('A valid ssh-ed25519 public key');
    await expectAccessible(page, 'the import key pair dialog');
    await keypairs.submit().click();
    await expect(keypairs.dialog).toBeHidden();
    await expect(page.getByText('Key pair alice-laptop imported')).toBeVisible();
    await expect(keypairs.row('alice-laptop')).toBeVisible();
    expect(await keypairs.fingerprintOf('alice-laptop')).toBe(ed25519.fingerprint);

    // Upload: the file fills the key, and its name suggests the key pair's name.
    const ecdsa = newEcdsaKey('bob@desktop');
    await keypairs.startImport();
    await keypairs.dialog.locator('input[type="file"]').setInputFiles({
      name: 'id_ecdsa.pub',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${ecdsa.line}\n`),
    });
    await expect(keypairs.publicKeyInput()).toHaveValue(ecdsa.line);
    await expect(keypairs.nameInput()).toHaveValue('id_ecdsa');
    await keypairs.submit().click();
    await expect(keypairs.dialog).toBeHidden();
    await expect(keypairs.row('id_ecdsa')).toBeVisible();
    expect(await keypairs.fingerprintOf('id_ecdsa')).toBe(ecdsa.fingerprint);

    const registered = await apiKeypairs(emulator);
    expect(registered.find((k) => k.name === 'alice-laptop')?.fingerprint).toBe(
      ed25519.fingerprint,
    );
    expect(registered.find((k) => k.name === 'id_ecdsa')?.fingerprint).toBe(ecdsa.fingerprint);
  });

  test('an invalid public key is explained next to the field and nothing is sent', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();
    const writes = watchKeypairWrites(page);
    await keypairs.startImport();
    await keypairs.nameInput().fill('broken');
    const field = keypairs.publicKeyInput();

    await field.fill('ssh-rsa this-is-not-base64!!');
    await keypairs.submit().click();
    await expect(keypairs.dialog).toContainText('The key data is not valid base64');
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    // A real key's data under another type's name.
    const ed25519 = newEd25519Key('x');
    await field.fill(ed25519.line.replace('ssh-ed25519', 'ssh-rsa'));
    await expect(keypairs.dialog).toContainText('The key data is not a ssh-rsa key');

    await field.fill('ssh-dss AAAAB3NzaC1kc3MAAACBAP');
    await expect(keypairs.dialog).toContainText('Unsupported key type “ssh-dss”');

    const { privateKey } = generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    await field.fill(privateKey);
    await keypairs.submit().click();
    await expect(keypairs.dialog).toContainText('This is a private key: never share it.');

    await expectAccessible(page, 'the import dialog with an error');
    expect(writes).toHaveLength(0);
    await keypairs.dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await keypairs.names()).toEqual(['demo-key']);
    expect((await apiKeypairs(emulator)).map((k) => k.name)).toEqual(['demo-key']);
  });

  test('name rules and a duplicate name are explained next to the name, and change nothing', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();
    const writes = watchKeypairWrites(page);

    await keypairs.startCreate();
    await keypairs.submit().click();
    await expect(keypairs.dialog).toContainText('Enter a name.');
    await keypairs.nameInput().fill('semi;colon');
    await expect(keypairs.dialog).toContainText('Use only letters, digits, spaces, - and _');
    // A name the list already has: refused before asking.
    await keypairs.nameInput().fill('demo-key');
    await expect(keypairs.dialog).toContainText(
      'A key pair named “demo-key” already exists. Choose another name.',
    );
    await keypairs.submit().click();
    expect(writes).toHaveLength(0);
    await keypairs.dialog.getByRole('button', { name: 'Cancel' }).click();

    // A name taken since the list was loaded: NHN Cloud answers 409, shown at the name.
    const before = newEd25519Key('first');
    const created = await emulator.api('POST', KEYPAIRS, {
      keypair: { name: 'raced', public_key: before.line },
    });
    expect(created.ok()).toBe(true);
    await keypairs.startImport();
    await keypairs.nameInput().fill('raced');
    await keypairs.publicKeyInput().fill(newEd25519Key('second').line);
    await keypairs.submit().click();
    await expect(keypairs.nameInput()).toHaveAttribute('aria-invalid', 'true');
    await expect(keypairs.dialog).toContainText('A key pair named “raced” already exists.');
    expect(writes.map((r) => r.method())).toEqual(['POST']);
    // The key pair that was there is unchanged.
    const raced = (await apiKeypairs(emulator)).find((k) => k.name === 'raced');
    expect(raced?.fingerprint).toBe(before.fingerprint);
  });

  test('deleting an unused key pair asks once, names it and removes it', async ({
    page,
    emulator,
  }) => {
    await emulator.api('POST', KEYPAIRS, {
      keypair: { name: 'spare-key', public_key: newEd25519Key('spare').line },
    });
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();
    await expect(keypairs.row('spare-key')).toContainText('None');

    await keypairs.deleteButton('spare-key').click();
    const dialog = page.getByRole('dialog', { name: 'Delete key pair spare-key' });
    await expect(dialog).toContainText(
      'Key pair spare-key will be deleted. This cannot be undone.',
    );
    await expect(dialog.getByTestId('keypair-in-use')).toHaveCount(0);
    await dialog.getByTestId('confirm-button').click();
    await expect(page.getByText('Key pair spare-key deleted')).toBeVisible();
    await expect(keypairs.row('spare-key')).toHaveCount(0);
    expect((await apiKeypairs(emulator)).map((k) => k.name)).toEqual(['demo-key']);
  });

  test('deleting demo-key warns that every seed instance uses it and asks for its name', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();

    await keypairs.deleteButton('demo-key').click();
    const dialog = page.getByRole('dialog', { name: 'Delete key pair demo-key' });
    const warning = dialog.getByTestId('keypair-in-use');
    await expect(warning).toContainText('Instances still use this key pair');
    await expect(warning).toContainText(
      `${SEED_SERVERS.length} instances were created with it: ${SEED_SERVERS.join(', ')}.`,
    );
    await expectAccessible(page, 'the delete confirmation with a warning');

    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await apiKeypairs(emulator)).map((k) => k.name)).toEqual(['demo-key']);

    await keypairs.deleteButton('demo-key').click();
    const confirmButton = dialog.getByTestId('confirm-button');
    await expect(confirmButton).toBeDisabled();
    await dialog.getByTestId('type-to-confirm').fill('demo-key');
    await confirmButton.click();
    await expect(page.getByText('Key pair demo-key deleted')).toBeVisible();
    await expect(page.getByTestId('keypairs-empty')).toBeVisible();
    expect(await apiKeypairs(emulator)).toEqual([]);
    await expectAccessible(page, 'the empty key pairs list');
  });

  test('while the instances are still being read, delete waits and says why; then it asks for the name', async ({
    page,
    emulator,
  }) => {
    await signIn(page, '/kr1/keypairs');
    const keypairs = new KeypairsPage(page);
    await keypairs.open();
    // The confirmation used to be chosen from what was known at the press: with the servers
    // still loading, an in-use key pair got the plain one, without warning or typed name.
    await reloadWhileServersLoad(page, emulator);
    await expect(keypairs.row('demo-key')).toBeVisible();
    const remove = keypairs.deleteButton('demo-key');
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await remove.hover();
    await expect(
      page.getByText('Checking which instances were created with this key pair…'),
    ).toBeVisible();
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Delete key pair demo-key' });
    await expect(dialog).toHaveCount(0);

    await expect(remove).not.toHaveAttribute('aria-disabled');
    await remove.click();
    await expect(dialog.getByTestId('keypair-in-use')).toContainText(
      'Instances still use this key pair',
    );
    await expect(dialog.getByTestId('confirm-button')).toBeDisabled();
    await expect(dialog.getByTestId('type-to-confirm')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await apiKeypairs(emulator)).map((k) => k.name)).toEqual(['demo-key']);
  });
});

test.describe('a key pair’s page', () => {
  test('shows the public key, fingerprint, creation time, owner and the instances using it', async ({
    page,
    emulator,
  }) => {
    const detail = await (await emulator.api('GET', `${KEYPAIRS}/demo-key`)).json();
    await signIn(page, '/kr1/keypairs');
    await new KeypairsPage(page).row('demo-key').getByRole('link', { name: 'demo-key' }).click();
    await expect(page).toHaveURL(/\/kr1\/keypairs\/demo-key$/);
    await expect(page.getByRole('heading', { name: 'demo-key', level: 1 })).toBeVisible();

    await expect(page.getByTestId('keypair-public-key')).toHaveText(detail.keypair.public_key);
    await expect(page.getByTestId('keypair-detail-fingerprint')).toHaveText(
      detail.keypair.fingerprint,
    );
    await expect(page.getByText(detail.keypair.user_id)).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByText(/months? ago/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy public key' })).toBeVisible();

    const instances = page.getByTestId('keypair-instances-table');
    await expect(instances.locator('tbody tr')).toHaveCount(SEED_SERVERS.length);
    expect(await instances.locator('tbody tr td:first-child a').allTextContents()).toEqual(
      SEED_SERVERS,
    );
    await expect(instances.getByRole('link', { name: 'web-01' })).toHaveAttribute(
      'href',
      /^\/kr1\/instances\/[0-9a-f-]{36}$/,
    );
    await expectAccessible(page, 'the key pair page');
  });

  test('copies the public key', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, '/kr1/keypairs/demo-key');
    const publicKey = await page.getByTestId('keypair-public-key').textContent();
    await page.getByRole('button', { name: 'Copy public key' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(publicKey);
  });

  test('deleting from the page goes back to the list', async ({ page, emulator }) => {
    await emulator.api('POST', KEYPAIRS, {
      keypair: { name: 'short lived', public_key: newEd25519Key('x').line },
    });
    await signIn(page, '/kr1/keypairs/short%20lived');
    await expect(page.getByRole('heading', { name: 'short lived', level: 1 })).toBeVisible();
    await expect(page.getByTestId('keypair-no-instances')).toBeVisible();
    await page.getByTestId('keypair-delete').click();
    await page.getByRole('dialog').getByTestId('confirm-button').click();
    await expect(page).toHaveURL(/\/kr1\/keypairs$/);
    await expect(new KeypairsPage(page).row('short lived')).toHaveCount(0);
    await expect(page.getByText('Key pair short lived deleted')).toBeVisible();
  });

  test('a key pair that does not exist says so', async ({ page }) => {
    await signIn(page, '/kr1/keypairs/no-such-key');
    await expect(page.getByTestId('keypair-not-found')).toContainText('Key pair not found');
    await page.getByRole('link', { name: 'Back to key pairs' }).click();
    await expect(page).toHaveURL(/\/kr1\/keypairs$/);
  });

  test('reads well in Korean and in the dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('nhn-console.language', 'ko'));
    await signIn(page, '/kr1/keypairs/demo-key');
    await expect(page.getByRole('heading', { name: '공개 키' })).toBeVisible();
    await expect(page.getByTestId('keypair-instances-table').locator('tbody tr')).toHaveCount(
      SEED_SERVERS.length,
    );
    await expectAccessible(page, 'the key pair page, dark and Korean');
    await page.goto('/kr1/keypairs');
    await page.getByRole('button', { name: '키페어 가져오기' }).click();
    await page.getByLabel('공개 키').fill('ssh-rsa AAAA');
    await page.getByRole('button', { name: '가져오기', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('키 데이터가 손상되었거나 불완전합니다.');
    await expectAccessible(page, 'the import dialog, dark and Korean');
  });
});

/** The seed's demo-key and two unused key pairs the suite's tests add, to sort and search. */
const ADDED = ['alpha-key', 'zeta-key'];
const BY_NAME = ['alpha-key', 'demo-key', 'zeta-key'];

/** The key pairs' names, in the order the list shows them. */
const listedNames = (page: Page) => new KeypairsPage(page).names();
const searchBox = (page: Page) => page.getByRole('textbox', { name: 'Search by name' });

listPageSuite({
  title: 'the key pairs list',
  what: 'Key pairs',
  states: 'keypairs',
  path: '/kr1/keypairs',
  request: '/os-keypairs$',
  rows: (page) => new KeypairsPage(page).rows(),
  everyRow: BY_NAME.length,
  unfiltered: async (page) => {
    await expect(new KeypairsPage(page).row('demo-key')).toBeVisible();
    await expect.poll(() => listedNames(page)).toEqual(BY_NAME);
  },
  setUp: async (emulator) => {
    for (const name of ADDED) {
      const res = await emulator.api('POST', KEYPAIRS, {
        keypair: { name, public_key: newEd25519Key(name).line },
      });
      expect(res.ok()).toBe(true);
    }
  },
  // What NHN Cloud said: the emulator's words for the fault and Nova's code for a 503.
  failure: {
    fault: { status: 503, times: 3 },
    says: ['Injected fault: 503', 'serviceUnavailable'],
    timeout: 30_000,
  },
  noMatches: {
    show: async (page) => {
      await expect(new KeypairsPage(page).rows().first()).toBeVisible({ timeout: 30_000 });
      await searchBox(page).fill('nothing-like-this');
    },
    clearedUrl: /\/kr1\/keypairs$/,
    cleared: async (page) => {
      await expect(searchBox(page)).toHaveValue('');
    },
  },
  empty: {
    // kr3 (Gwangju) opened in January 2026: the demo tenant has no key pair there yet.
    before: async (emulator) => {
      const res = await emulator.api('GET', `/compute/kr3/v2/${TENANT}/os-keypairs`);
      expect(res.status()).toBe(200);
      expect((await res.json()).keypairs).toEqual([]);
    },
    open: async (page) => {
      await page.goto('/kr3/keypairs');
      await expect(page.getByRole('heading', { name: 'Key pairs', level: 1 })).toBeVisible();
    },
    says: 'No key pairs yet',
    offers: async (empty) => {
      await expect(empty.getByRole('button', { name: 'Import key pair' })).toBeVisible();
      await empty.getByRole('button', { name: 'Create key pair' }).click();
      await expect(
        empty.page().getByRole('dialog').getByRole('heading', { name: 'Create a key pair' }),
      ).toBeVisible();
    },
  },
  // By the instances using each: demo-key has every seeded one, the added ones none (ties by name).
  sort: {
    by: async (page, direction) => {
      const header = new KeypairsPage(page).table
        .locator('thead th')
        .filter({ hasText: 'Instances using it' });
      await header.click();
      await expect(header.getByRole('img', { name: `Sorted ${direction}` })).toBeVisible();
    },
    url: {
      ascending: /sort=instances(%3A|:)asc/,
      descending: /sort=instances(%3A|:)desc/,
    },
    ascending: async (page) => {
      await expect.poll(() => listedNames(page)).toEqual(['alpha-key', 'zeta-key', 'demo-key']);
    },
    descending: async (page) => {
      await expect.poll(() => listedNames(page)).toEqual(['demo-key', 'alpha-key', 'zeta-key']);
    },
  },
  filter: {
    apply: (page) => searchBox(page).fill('alpha'),
    url: /[?&]q=alpha(&|$)/,
    shows: async (page) => {
      await expect.poll(() => listedNames(page)).toEqual(['alpha-key']);
      await expect(page.getByTestId('keypairs-count')).toHaveText('1 of 3 key pairs');
    },
    kept: async (page) => {
      await expect(searchBox(page)).toHaveValue('alpha');
    },
    // The search bar's Clear filters takes it away.
    clear: async (page) => {
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => listedNames(page)).toEqual(BY_NAME);
      await expect(page).not.toHaveURL(/[?&]q=/);
    },
  },
});

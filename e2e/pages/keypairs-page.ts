import { expect, type Locator, type Page } from '@playwright/test';

export class KeypairsPage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('keypairs-table');
    this.dialog = page.getByRole('dialog');
  }

  async open(region = 'kr1') {
    await this.page.goto(`/${region}/keypairs`);
    await expect(this.page.getByRole('heading', { name: 'Key pairs', level: 1 })).toBeVisible();
    // The first load compiles the page in the dev server: give it longer than a step.
    await expect(this.rows().first()).toBeVisible({ timeout: 30_000 });
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.table.locator('tbody tr td:first-child a').allTextContents();
  }

  async fingerprintOf(name: string): Promise<string> {
    return (await this.row(name).getByTestId('keypair-fingerprint').textContent()) ?? '';
  }

  async startCreate() {
    await this.page.getByRole('button', { name: 'Create key pair' }).first().click();
    await expect(this.dialog.getByRole('heading', { name: 'Create a key pair' })).toBeVisible();
  }

  async startImport() {
    await this.page.getByRole('button', { name: 'Import key pair' }).first().click();
    await expect(this.dialog.getByRole('heading', { name: 'Import a key pair' })).toBeVisible();
  }

  nameInput(): Locator {
    return this.dialog.getByLabel('Key pair name');
  }

  publicKeyInput(): Locator {
    return this.dialog.getByLabel('Public key');
  }

  submit(): Locator {
    return this.dialog.getByTestId('keypair-submit');
  }

  deleteButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Delete key pair ${name}`, exact: true });
  }
}

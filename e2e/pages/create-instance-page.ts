import { expect, type Locator, type Page, type Request } from '@playwright/test';

export const UBUNTU = 'Ubuntu Server 24.04.1 LTS (2024.09.24)';
export const WINDOWS = 'Windows 2022 STD (2024.08.20) KO';

/** The create instance page at /:region/instances/new. */
export class CreateInstancePage {
  readonly form: Locator;
  readonly flavorTable: Locator;
  readonly submitButton: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByTestId('create-instance-form');
    this.flavorTable = page.getByTestId('flavor-table');
    this.submitButton = page.getByRole('button', { name: 'Review and create' });
    this.dialog = page.getByRole('dialog');
  }

  async open(region = 'kr1') {
    await this.page.goto(`/${region}/instances/new`);
    await this.waitUntilReady();
  }

  /** The heading, and the data every section needs (a first visit also compiles the page). */
  async waitUntilReady() {
    const timeout = 30_000;
    const heading = this.page.getByRole('heading', { name: 'Create instance', level: 1 });
    await expect(heading).toBeVisible({ timeout });
    await expect(this.flavor('m2.c2m4')).toBeVisible({ timeout });
    await expect(this.page.getByRole('combobox', { name: 'Subnet' })).toHaveValue(/subnet/, {
      timeout,
    });
  }

  get name(): Locator {
    return this.page.getByRole('textbox', { name: 'Instance name' });
  }

  get count(): Locator {
    return this.page.getByRole('textbox', { name: 'Number of instances' });
  }

  get rootSize(): Locator {
    return this.page.getByRole('textbox', { name: 'Size (GB)' });
  }

  get userData(): Locator {
    return this.page.getByRole('textbox', { name: 'Script' });
  }

  get fixedIp(): Locator {
    return this.page.getByRole('textbox', { name: 'Fixed IP (optional)' });
  }

  /** A Mantine select: open it by its label and pick the option. */
  async choose(label: string, option: string) {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(this.page.getByRole('combobox', { name: label, exact: true })).toHaveValue(option);
  }

  async chooseImage(name: string) {
    await this.choose('Image', name);
  }

  flavor(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  flavorRow(name: string): Locator {
    return this.flavorTable.locator(`tr[data-flavor="${name}"]`);
  }

  async chooseFlavor(name: string) {
    await this.flavor(name).check();
  }

  /** The root volume's type (a radio per type Block Storage lists). */
  async chooseVolumeType(type: 'General HDD' | 'General SSD' | 'Encrypted HDD' | 'Encrypted SSD') {
    await this.page.getByRole('radio', { name: type, exact: true }).check();
  }

  async chooseBootSource(kind: 'Image' | 'Bootable volume' | 'Snapshot') {
    await this.page
      .getByTestId('boot-source')
      .getByRole('radio', { name: kind, exact: true })
      .check();
  }

  /** A select whose options start with the resource's name (`web-restore · 20 GB · …`). */
  private async chooseStartingWith(label: string, name: string) {
    const select = this.page.getByRole('combobox', { name: label, exact: true });
    await select.click();
    await this.page.getByRole('option', { name: new RegExp(`^${name} `) }).click();
    await expect(select).toHaveValue(new RegExp(`^${name} `));
  }

  async chooseBootVolume(name: string) {
    await this.chooseStartingWith('Volume', name);
  }

  async chooseSnapshot(name: string) {
    await this.chooseStartingWith('Snapshot', name);
  }

  async choosePlacementPolicy(name: string) {
    await this.chooseStartingWith('Placement policy', name);
  }

  get appKey(): Locator {
    return this.page.getByRole('textbox', { name: 'Secure Key Manager app key', exact: true });
  }

  get keyId(): Locator {
    return this.page.getByRole('textbox', { name: 'Symmetric key ID', exact: true });
  }

  async addExtraVolume() {
    await this.page.getByRole('button', { name: 'Add volume' }).click();
  }

  /** The size field of extra volume `index` (1-based). */
  extraSize(index: number): Locator {
    return this.page.getByRole('textbox', { name: `Size of volume ${index} (GB)` });
  }

  async chooseExtraType(index: number, type: string) {
    await this.choose(`Type of volume ${index}`, type);
  }

  async chooseSubnet(name: string) {
    await this.page.getByRole('combobox', { name: 'Subnet', exact: true }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${name} `) }).click();
  }

  async chooseKeypair(name: string) {
    await this.choose('Key pair', name);
  }

  /** Everything a valid Linux request needs; the caller changes what it tests. */
  async fillValidLinux(name: string) {
    await this.name.fill(name);
    await this.chooseImage(UBUNTU);
    await this.chooseFlavor('m2.c2m4');
    await this.chooseKeypair('demo-key');
  }

  /** The message tied to a field through aria-describedby. */
  async errorOf(field: Locator): Promise<string> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
    const texts = await Promise.all(
      ids.map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ');
  }

  async submit() {
    await this.submitButton.click();
  }

  /** The JSON body shown in the confirmation. */
  async previewBody(): Promise<{ server: Record<string, unknown>; [key: string]: unknown }> {
    const body = this.dialog.getByTestId('request-body');
    await expect(body).toBeVisible();
    return JSON.parse((await body.textContent()) ?? '');
  }

  async confirm() {
    await this.dialog.getByTestId('confirm-button').click();
  }
}

/** Counts the create requests the page sends. */
export function watchCreates(page: Page) {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (
      request.method() === 'POST' &&
      /\/api\/compute\/[^/]+\/v2\/[^/]+\/servers$/.test(request.url())
    )
      posts.push(request);
  });
  return {
    count: () => posts.length,
    last: () => posts.at(-1),
  };
}

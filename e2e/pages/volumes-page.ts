import { expect, type Locator, type Page } from '@playwright/test';

export class VolumesPage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('volumes-table');
  }

  async open(region = 'kr1', query = '') {
    await this.page.goto(`/${region}/volumes${query}`);
    await expect(this.page.getByRole('heading', { name: 'Volumes', level: 1 })).toBeVisible();
  }

  /** The row of a volume, by its name (or id, for volumes without one). */
  row(label: string): Locator {
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('link', { name: label, exact: true }) });
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** The first load compiles the page in the dev server: give it longer than an assertion. */
  async waitForRows() {
    await expect(this.rows().first()).toBeVisible({ timeout: 30_000 });
  }

  async names(): Promise<string[]> {
    return this.table.locator('tbody tr td:first-child a').allTextContents();
  }

  /** Opens the row's action menu (and waits for a menu opened before to close). */
  async openActions(label: string) {
    const name = `Actions for ${label}`;
    const button = this.page.getByRole('button', { name, exact: true });
    await expect(this.page.getByRole('menu')).toBeHidden();
    // A refresh may re-render the row while it is clicked: click again until the menu is open.
    await expect(async () => {
      if (!(await this.page.getByRole('menu').isVisible())) await button.click();
      await expect(this.page.getByRole('menu', { name })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }

  menuItem(name: string | RegExp): Locator {
    return this.page.getByRole('menu').getByRole('menuitem', { name });
  }

  async closeActions() {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('menu')).toBeHidden();
  }

  async openCreate() {
    await this.page.getByRole('button', { name: 'Create volume' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create volume' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Makes the new volume from a snapshot, chosen by the start of its option (its name). */
  async chooseSnapshotSource(dialog: Locator, snapshot: string) {
    await dialog.getByRole('radio', { name: 'From a snapshot' }).check();
    await dialog.getByRole('combobox', { name: 'Snapshot' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${snapshot} · `) }).click();
  }

  /** The volume's details, opened from its name in the list. */
  async openDetails(label: string): Promise<Locator> {
    await this.row(label).getByRole('link', { name: label, exact: true }).click();
    const drawer = this.page.getByRole('dialog', { name: `Volume ${label}` });
    await expect(drawer).toBeVisible();
    return drawer;
  }

  /** The row of a snapshot in a volume's details. */
  snapshotRow(drawer: Locator, name: string): Locator {
    return drawer.getByTestId('volume-snapshots').locator('tbody tr').filter({ hasText: name });
  }

  /** Fills the create form (the zone is a select: pick the option by its name). */
  async fillCreate(
    dialog: Locator,
    values: { name?: string; size?: string; type?: string; zone?: string },
  ) {
    if (values.name !== undefined) await dialog.getByLabel('Name').fill(values.name);
    if (values.size !== undefined) await dialog.getByLabel('Size (GB)').fill(values.size);
    if (values.type !== undefined) {
      await dialog.getByRole('combobox', { name: 'Type' }).click();
      await this.page.getByRole('option', { name: values.type, exact: true }).click();
    }
    if (values.zone !== undefined) {
      await dialog.getByRole('combobox', { name: 'Availability zone' }).click();
      await this.page.getByRole('option', { name: values.zone, exact: true }).click();
    }
  }
}

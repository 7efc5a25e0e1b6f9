import { expect, type Locator, type Page } from '@playwright/test';

export class InstancesPage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('instances-table');
  }

  async open(region = 'kr1', query = '') {
    await this.page.goto(`/${region}/instances${query}`);
    await expect(this.page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  async waitForRows() {
    await expect(this.rows().first()).toBeVisible();
  }

  async names(): Promise<string[]> {
    return this.table.locator('tbody tr a[href*="/instances/"]').allTextContents();
  }

  nameFilter(): Locator {
    return this.page.getByLabel('Filter by name');
  }

  statusFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Status' });
  }

  /** Chooses a status by its label, or by its Nova name (`SHUTOFF`: the option "Stopped (SHUTOFF)"). */
  async filterStatus(label: RegExp | string) {
    const name =
      typeof label === 'string' && /^[A-Z_]+$/.test(label) ? new RegExp(`\\(${label}\\)$`) : label;
    await this.statusFilter().click();
    await this.page.getByRole('option', { name }).click();
  }

  /** The labels the status filter offers. */
  async statusOptions(): Promise<string[]> {
    await this.statusFilter().click();
    const options = this.page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    const labels = await options.allTextContents();
    await this.page.keyboard.press('Escape');
    return labels;
  }
}

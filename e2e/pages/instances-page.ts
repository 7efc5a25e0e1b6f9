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

  async filterStatus(label: RegExp | string) {
    await this.page.getByRole('combobox', { name: 'Status' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }
}

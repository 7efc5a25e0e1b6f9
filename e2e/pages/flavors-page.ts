import { expect, type Locator, type Page } from '@playwright/test';

export class FlavorsPage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('flavors-table');
  }

  async open(region = 'kr1', query = '') {
    await this.page.goto(`/${region}/flavors${query}`);
    await expect(this.page.getByRole('heading', { name: 'Flavors', level: 1 })).toBeVisible();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** The first load compiles the page in the dev server: give it longer than a step. */
  async waitForRows() {
    await expect(this.rows().first()).toBeVisible({ timeout: 30_000 });
  }

  async names(): Promise<string[]> {
    return this.table.locator('tbody tr td:first-child').allTextContents();
  }

  minRam(): Locator {
    return this.page.getByLabel('Minimum RAM (GB)');
  }

  minDisk(): Locator {
    return this.page.getByLabel('Minimum local disk (GB)');
  }

  nameSearch(): Locator {
    return this.page.getByLabel('Search by name');
  }

  familyChip(family: string): Locator {
    return this.page.getByRole('checkbox', { name: family, exact: true });
  }

  /** Chips hide their checkbox behind the label: click the label, as a pointer would. */
  async toggleFamily(family: string) {
    await this.page.getByTestId(`family-chip-${family}`).locator('label').click();
  }

  sortBy(column: string): Locator {
    return this.table.locator('thead th').filter({ hasText: column });
  }

  /** Clicks a column header and waits until the table shows that order. */
  async sort(column: string, direction: 'ascending' | 'descending') {
    const header = this.sortBy(column);
    await header.click();
    await expect(header.getByRole('img', { name: `Sorted ${direction}` })).toBeVisible();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** The placement policies page at /:region/placement-policies. */
export class PlacementPoliciesPage {
  readonly table: Locator;
  readonly createButton: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('placement-policies-table');
    this.createButton = page.getByRole('button', { name: 'Create placement policy' }).first();
  }

  async open(region = 'kr1') {
    await this.page.goto(`/${region}/placement-policies`);
    await this.waitUntilReady();
  }

  /** The heading (a first visit also compiles the page) and the list or its empty state. */
  async waitUntilReady() {
    await expect(
      this.page.getByRole('heading', { name: 'Placement policies', level: 1 }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(this.table.or(this.page.getByTestId('placement-policies-empty'))).toBeVisible({
      timeout: 30_000,
    });
  }

  row(name: string): Locator {
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.getByTestId('policy-name').getByText(name, { exact: true }) });
  }

  /** The member names of a policy's row, as links. */
  memberLinks(name: string): Locator {
    return this.row(name).getByTestId('policy-members').getByRole('link');
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async deleteButton(name: string): Promise<Locator> {
    return this.row(name).getByRole('button', { name: `Delete placement policy ${name}` });
  }
}

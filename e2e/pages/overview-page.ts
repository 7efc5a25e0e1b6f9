import { expect, type Locator, type Page } from '@playwright/test';

export class OverviewPage {
  constructor(private readonly page: Page) {}

  async open(region = 'kr1') {
    await this.page.goto(`/${region}`);
    await this.waitForNumbers();
  }

  async waitForNumbers() {
    await expect(this.page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    await expect(this.statusList().getByRole('link').first()).toBeVisible({ timeout: 30_000 });
  }

  section(name: 'status' | 'family' | 'zone' | 'resources' | 'volumes' | 'attention'): Locator {
    return this.page.getByTestId(`overview-${name}`);
  }

  statusList(): Locator {
    return this.page.getByTestId('overview-status-list');
  }

  familyList(): Locator {
    return this.page.getByTestId('overview-family-list');
  }

  zoneList(): Locator {
    return this.page.getByTestId('overview-zone-list');
  }

  /** The link of one item of a count list (its label, then its number). */
  item(list: Locator, label: string): Locator {
    return list.getByRole('link', { name: new RegExp(`^${label}\\s*\\d`) });
  }

  stat(name: 'instances' | 'vcpus' | 'ram' | 'volumes'): Locator {
    return this.page.getByTestId(`stat-${name}`);
  }
}

import { expect, type Page } from '@playwright/test';
import { DEMO } from '../fixtures';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(path = '/login') {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { name: 'Sign in to NHN Cloud' })).toBeVisible();
  }

  async fill(credentials: { tenantId: string; username: string; password: string }) {
    await this.page.getByLabel('Tenant ID').fill(credentials.tenantId);
    await this.page.getByLabel('NHN Cloud ID').fill(credentials.username);
    await this.page.getByLabel('API password').fill(credentials.password);
  }

  async signIn(credentials = DEMO) {
    await this.fill(credentials);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }
}

/** Signs in as the demo tenant through the login page and waits for the instances list. */
export async function signInAsDemo(page: Page, path = '/login') {
  const login = new LoginPage(page);
  await login.open(path);
  await login.signIn();
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
}

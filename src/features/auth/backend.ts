/** The emulator's demo account, offered on the login page in emulator mode. */
export const DEMO_CREDENTIALS = {
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  username: 'demo@example.com',
  password: 'demo-password',
} as const;

/** The emulator's built-in accounts (issue #2): who can sign in, to which tenant and regions. */
import type { RegionId } from './state';

export interface UserAccount {
  tenantId: string;
  tenantName: string;
  userId: string;
  /** The NHN Cloud ID (an e-mail address) the operator signs in with. */
  username: string;
  /**
   * What the token answers as `access.user.name`: on the real service an opaque id, never the
   * e-mail address (iaas-token.ko.md's example).
   */
  opaqueName: string;
  password: string;
  /** In the catalog's order: NHN's own example lists KR2 before KR1. */
  regions: RegionId[];
}

/** The built-in accounts (issue #2): a demo tenant and a second one to prove isolation. */
export const USERS: readonly UserAccount[] = [
  {
    tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
    tenantName: 'c_demoTenant',
    userId: '436f727b7c9142f896ddd56be591dd7f',
    username: 'demo@example.com',
    opaqueName: '37be6ac0-d660-11e7-ae46-005056ac1497',
    password: 'demo-password',
    regions: ['kr2', 'kr1', 'kr3', 'jp1'],
  },
  {
    tenantId: 'f5073eaa26b64cffbee89411df94ce01',
    tenantName: 'c_otherTenant',
    userId: '826a1213b3f746829515486965690dfe',
    username: 'other@example.com',
    opaqueName: '5a0c2e1e-8f4b-11ee-9c1a-005056ac2b7d',
    password: 'other-password',
    regions: ['kr2', 'kr1'],
  },
];

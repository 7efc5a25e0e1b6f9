import { describe, expect, it, vi } from 'vitest';
import type { TokenResponse } from '../domain/identity-types';
import { SESSION_KEY, SessionStore, sessionFromToken } from './session';

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  dump() {
    return [...this.data.values()].join('\n');
  }
}

const token: TokenResponse = {
  access: {
    token: {
      id: 'tok-abc',
      expires: '2030-01-01T12:00:00Z',
      issued_at: '2030-01-01T00:00:00.000000',
      tenant: { id: '6cdebe3eb0094910bc41f1d42ebe4cb7', name: 'c_demo', enabled: true },
    },
    serviceCatalog: [
      { type: 'image', name: 'glance', endpoints: [{ region: 'KR1', publicURL: 'x' }] },
      {
        type: 'compute',
        name: 'nova',
        endpoints: [
          { region: 'KR1', publicURL: 'x' },
          { region: 'KR2', publicURL: 'y' },
          { region: 'JP1', publicURL: 'z' },
        ],
      },
    ],
    // The real service names the user by an opaque id (current/iaas-token.ko.md, 응답 예시).
    user: { id: 'u1', name: '37be6ac0-d660-11e7-ae46-005056ac1497', roles: [] },
  },
};

const SIGN_IN_ID = 'demo@example.com';

describe('sessionFromToken', () => {
  it('keeps expiry, tenant, the ID typed at sign-in and the compute regions; never a token', () => {
    expect(sessionFromToken(token, ` ${SIGN_IN_ID} `)).toEqual({
      expiresAt: Date.parse('2030-01-01T12:00:00Z'),
      tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
      tenantName: 'c_demo',
      userId: 'u1',
      signInId: SIGN_IN_ID,
      regions: ['kr1', 'kr2', 'jp1'],
    });
  });

  it('never takes the token’s opaque user name for the operator', () => {
    expect(JSON.stringify(sessionFromToken(token, SIGN_IN_ID))).not.toContain('37be6ac0');
  });

  it('lists the regions in NHN’s order whatever the catalog’s', () => {
    const kr2First: TokenResponse = {
      access: {
        ...token.access,
        serviceCatalog: [
          {
            type: 'compute',
            name: 'nova',
            endpoints: ['XX9', 'JP1', 'KR3', 'KR2', 'KR1', 'KR1'].map((region) => ({
              region,
              publicURL: `https://${region.toLowerCase()}.example`,
            })),
          },
        ],
      },
    };
    expect(sessionFromToken(kr2First, SIGN_IN_ID).regions).toEqual([
      'kr1',
      'kr2',
      'kr3',
      'jp1',
      'xx9',
    ]);
  });

  it('refuses to open a session without the sign-in ID', () => {
    expect(() => sessionFromToken(token, '  ')).toThrow(/NHN Cloud ID/);
  });
});

describe('SessionStore', () => {
  it('saves to storage, survives a new store (a reload) and clears', () => {
    const storage = new MemoryStorage();
    const now = () => Date.parse('2030-01-01T06:00:00Z');
    const store = new SessionStore(storage, now);
    const listener = vi.fn();
    store.subscribe(listener);
    store.save(sessionFromToken(token, SIGN_IN_ID));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(new SessionStore(storage, now).get()?.tenantId).toBe('6cdebe3eb0094910bc41f1d42ebe4cb7');
    store.clear();
    expect(store.get()).toBeNull();
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('drops an expired session when it loads', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage, () => 0).save(sessionFromToken(token, SIGN_IN_ID));
    const later = new SessionStore(storage, () => Date.parse('2030-01-01T12:00:01Z'));
    expect(later.get()).toBeNull();
    expect(storage.getItem(SESSION_KEY)).toBeNull();
  });

  it('ignores garbage in storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_KEY, '{not json');
    expect(new SessionStore(storage).get()).toBeNull();
    storage.setItem(SESSION_KEY, JSON.stringify({ token: 1 }));
    expect(new SessionStore(storage).get()).toBeNull();
  });

  it('drops a session kept before the sign-in ID was (it named the user by the token)', () => {
    const storage = new MemoryStorage();
    const { signInId: _dropped, ...older } = sessionFromToken(token, SIGN_IN_ID);
    storage.setItem(SESSION_KEY, JSON.stringify({ ...older, userName: '37be6ac0' }));
    expect(new SessionStore(storage, () => 0).get()).toBeNull();
  });

  it('never holds a password', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).save(sessionFromToken(token, SIGN_IN_ID));
    expect(storage.dump()).not.toMatch(/password/i);
    expect(Object.keys(sessionFromToken(token, SIGN_IN_ID))).not.toContain('password');
  });

  it('never holds the token, even when an answer carries one (the server keeps it, issue 12)', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).save(sessionFromToken(token, SIGN_IN_ID));
    expect(storage.dump()).not.toContain('tok-abc');
  });

  it('drops a session kept with the token in the page (before issue 12): its cookie is not there', () => {
    const storage = new MemoryStorage();
    const current = sessionFromToken(token, SIGN_IN_ID);
    storage.setItem(SESSION_KEY, JSON.stringify({ ...current, token: 'tok-abc' }));
    expect(new SessionStore(storage, () => 0).get()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkAction,
  SERVER_ACTION_IDS,
  SERVER_ACTIONS,
  type ServerActionId,
  type ServerActionParams,
  serverActionRequest,
} from './server-actions';
import { LEGACY_STATUS_NAMES, SERVER_STATUSES } from './server-status';

/** Each action's parameters, as its request takes them. */
type ActionParams = { [A in ServerActionId]: ServerActionParams<A> };
const requestOf = <A extends ServerActionId>(action: A, params: ActionParams[A]) =>
  serverActionRequest(action, 's1', params);
/** Parameters for every action of the table. */
const PARAMS: ActionParams = {
  start: undefined,
  unshelve: undefined,
  stop: undefined,
  shelve: undefined,
  softReboot: undefined,
  hardReboot: undefined,
  resize: { flavorRef: 'f' },
  createImage: { name: 'x' },
  addSecurityGroup: { name: 'x' },
  removeSecurityGroup: { name: 'x' },
  rename: { name: 'x' },
  delete: undefined,
  setMetadata: { key: 'k', value: 'v' },
  deleteMetadata: { key: 'k' },
  attachVolume: { volumeId: 'v' },
  detachVolume: { volumeId: 'v' },
};

/**
 * The gates as the spec writes them (인스턴스 추가 기능), spelled out here rather than read from
 * the table, so a wrong table fails this test.
 */
const SPEC_GATES: Partial<Record<ServerActionId, string[]>> = {
  start: ['SHUTOFF', 'STOPPED'],
  unshelve: ['SHELVED_OFFLOADED'],
  stop: ['ACTIVE', 'ERROR'],
  shelve: ['ACTIVE'],
  softReboot: ['ACTIVE'],
  hardReboot: [
    'ACTIVE',
    'ERROR',
    'HARD_REBOOT',
    'PAUSED',
    'REBOOT',
    'SHUTOFF',
    'STOPPED',
    'SUSPENDED',
  ],
  resize: ['ACTIVE', 'SHUTOFF', 'STOPPED'],
  createImage: ['ACTIVE', 'SHUTOFF', 'STOPPED', 'SUSPENDED', 'PAUSED'],
  // The guide sets none for metadata; Nova's vm_state active, paused, suspended, stopped.
  setMetadata: ['ACTIVE', 'PAUSED', 'SUSPENDED', 'SHUTOFF', 'STOPPED'],
  deleteMetadata: ['ACTIVE', 'PAUSED', 'SUSPENDED', 'SHUTOFF', 'STOPPED'],
};

// Nova's names and the 2023 guide's, which the table must read alike.
const ALL_STATUSES = [...Object.keys(SERVER_STATUSES), ...Object.keys(LEGACY_STATUS_NAMES)];
const server = (
  status: string,
  extra: Partial<{ taskState: string | null; flavorName: string; protected: boolean }> = {},
) => ({
  id: 's1',
  status,
  taskState: null,
  flavorName: 'u2.c1m1',
  ...extra,
});

describe('the action table against the spec', () => {
  for (const [action, allowed] of Object.entries(SPEC_GATES) as [ServerActionId, string[]][]) {
    it(`${action} is allowed exactly from ${allowed.join(', ')}`, () => {
      for (const status of ALL_STATUSES) {
        const check = checkAction(action, server(status));
        expect({ status, allowed: check.allowed }).toEqual({
          status,
          allowed: allowed.includes(status),
        });
      }
    });
  }

  it('says why a status is refused, naming the allowed ones', () => {
    expect(checkAction('stop', server('SHUTOFF'))).toEqual({
      allowed: false,
      reason: 'status',
      status: 'SHUTOFF',
      allowedStatuses: ['ACTIVE', 'ERROR'],
    });
  });

  it('allows createImage for U2 flavors only', () => {
    expect(checkAction('createImage', server('ACTIVE', { flavorName: 'm2.c2m4' }))).toMatchObject({
      allowed: false,
      reason: 'u2-only',
    });
    expect(checkAction('createImage', server('ACTIVE', { flavorName: 'u2.c2m4' })).allowed).toBe(
      true,
    );
  });

  it('refuses an action while a task runs, except hard reboot over a reboot and delete', () => {
    expect(checkAction('stop', server('ACTIVE', { taskState: 'powering-off' }))).toMatchObject({
      allowed: false,
      reason: 'task',
    });
    expect(
      checkAction('hardReboot', server('REBOOT', { taskState: 'reboot_started' })).allowed,
    ).toBe(true);
    expect(checkAction('delete', server('ACTIVE', { taskState: 'powering-off' })).allowed).toBe(
      true,
    );
  });

  it('refuses delete while deletion protection is on (NHN-EXT-ATTR:protect), and only delete', () => {
    for (const status of ALL_STATUSES) {
      expect(checkAction('delete', server(status, { protected: true }))).toEqual({
        allowed: false,
        reason: 'protected',
      });
      for (const action of SERVER_ACTION_IDS.filter((a) => a !== 'delete')) {
        expect(checkAction(action, server(status, { protected: true }))).toEqual(
          checkAction(action, server(status, { protected: false })),
        );
      }
    }
    expect(checkAction('delete', server('ACTIVE', { protected: false })).allowed).toBe(true);
  });

  it('lets delete, rename and security groups run from any status', () => {
    for (const status of ALL_STATUSES) {
      for (const action of [
        'delete',
        'rename',
        'addSecurityGroup',
        'removeSecurityGroup',
      ] as const) {
        expect(checkAction(action, server(status)).allowed).toBe(true);
      }
    }
  });

  it('builds the request bodies of the spec', () => {
    expect(SERVER_ACTIONS.start.request('s1').body).toEqual({ 'os-start': null });
    expect(SERVER_ACTIONS.unshelve.request('s1').body).toEqual({ unshelve: null });
    expect(SERVER_ACTIONS.stop.request('s1').body).toEqual({ 'os-stop': null });
    expect(SERVER_ACTIONS.shelve.request('s1').body).toEqual({ shelve: null });
    expect(SERVER_ACTIONS.softReboot.request('s1').body).toEqual({ reboot: { type: 'SOFT' } });
    expect(SERVER_ACTIONS.hardReboot.request('s1').body).toEqual({ reboot: { type: 'HARD' } });
    expect(SERVER_ACTIONS.resize.request('s1', { flavorRef: 'f' }).body).toEqual({
      resize: { flavorRef: 'f' },
    });
    expect(
      SERVER_ACTIONS.createImage.request('s1', { name: 'img', metadata: { a: 'b' } }).body,
    ).toEqual({
      createImage: { name: 'img', metadata: { a: 'b' } },
    });
    expect(SERVER_ACTIONS.addSecurityGroup.request('s1', { name: 'web' }).body).toEqual({
      addSecurityGroup: { name: 'web' },
    });
    expect(SERVER_ACTIONS.removeSecurityGroup.request('s1', { name: 'web' }).body).toEqual({
      removeSecurityGroup: { name: 'web' },
    });
    expect(SERVER_ACTIONS.rename.request('s1', { name: 'n' })).toEqual({
      method: 'PUT',
      path: '/servers/s1',
      body: { server: { name: 'n' } },
    });
    expect(SERVER_ACTIONS.delete.request('s1')).toEqual({ method: 'DELETE', path: '/servers/s1' });
    expect(SERVER_ACTIONS.attachVolume.request('s1', { volumeId: 'v' })).toEqual({
      method: 'POST',
      path: '/servers/s1/os-volume_attachments',
      body: { volumeAttachment: { volumeId: 'v' } },
    });
    expect(SERVER_ACTIONS.detachVolume.request('s1', { volumeId: 'v' })).toEqual({
      method: 'DELETE',
      path: '/servers/s1/os-volume_attachments/v',
    });
    expect(SERVER_ACTIONS.setMetadata.request('s1', { key: 'os type', value: 'linux' })).toEqual({
      method: 'PUT',
      path: '/servers/s1/metadata/os%20type',
      body: { meta: { 'os type': 'linux' } },
    });
    expect(SERVER_ACTIONS.deleteMetadata.request('s1', { key: 'role' })).toEqual({
      method: 'DELETE',
      path: '/servers/s1/metadata/role',
    });
    for (const id of SERVER_ACTION_IDS.filter(
      (a) =>
        ![
          'rename',
          'delete',
          'attachVolume',
          'detachVolume',
          'setMetadata',
          'deleteMetadata',
        ].includes(a),
    )) {
      expect(requestOf(id, PARAMS[id]).path).toBe('/servers/s1/action');
    }
  });

  it('asks for confirmation as the console promises', () => {
    expect(SERVER_ACTIONS.delete.confirm).toBe('type-name');
    expect(SERVER_ACTIONS.hardReboot.confirm).toBe('once');
    expect(SERVER_ACTIONS.shelve.confirm).toBe('once');
    expect(SERVER_ACTIONS.stop.confirm).toBe('once');
    expect(SERVER_ACTIONS.start.confirm).toBe('none');
    expect(SERVER_ACTIONS.softReboot.confirm).toBe('none');
  });
});

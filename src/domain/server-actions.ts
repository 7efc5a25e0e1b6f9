/**
 * The instance action table: what each action sends, from which statuses the spec allows it
 * ("인스턴스 추가 기능"), what else it needs, and how much confirmation the console asks for.
 * The toolbar, the row menu, the bulk actions and the emulator's 409s all read this table.
 */
import { isU2Flavor } from './flavor';
import { canonicalStatus } from './server-status';

export type ConfirmLevel = 'none' | 'once' | 'type-name';

/** The request an action sends, relative to the compute endpoint `/v2/{tenantId}`. */
export interface ActionRequest {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

export interface ActionSubject {
  id: string;
  status: string;
  taskState: string | null;
  flavorName?: string;
  /** `NHN-EXT-ATTR:protect`: deletion protection, set in NHN Cloud's own console. */
  protected?: boolean;
}

type AnyTask = 'any';

export interface ActionRule<P = void> {
  /** The name Nova uses in its 409 messages (`Cannot 'os-stop' instance …`). */
  apiName: string;
  /** Canonical statuses it is allowed from, or 'any'. */
  allowedStatuses: readonly string[] | 'any';
  /** Task states it may run during; by default only when no task runs. */
  allowedTaskStates: readonly (string | null)[] | AnyTask;
  /** A condition on the instance's flavor, with its reason code. */
  flavorCondition?: { test: (flavorName: string) => boolean; reason: 'u2-only' };
  /** Refused while deletion protection is on (`NHN-EXT-ATTR:protect`). */
  refusedWhenProtected?: boolean;
  confirm: ConfirmLevel;
  request: (serverId: string, params: P) => ActionRequest;
}

const IDLE: readonly (string | null)[] = [null];
/** Nova lets a hard reboot interrupt a reboot in progress (spec: HARD ← REBOOT, HARD_REBOOT). */
const REBOOT_TASKS: readonly (string | null)[] = [
  null,
  'rebooting',
  'reboot_pending',
  'reboot_started',
  'rebooting_hard',
  'reboot_pending_hard',
  'reboot_started_hard',
];

const actionPath = (id: string) => `/servers/${id}/action`;

/** Nova changes metadata only in vm_state active, paused, suspended or stopped. */
const METADATA_STATUSES = ['ACTIVE', 'PAUSED', 'SUSPENDED', 'SHUTOFF'] as const;
/** Nova attaches or detaches in vm_state active, paused, stopped, resized, shelved(_offloaded). */
const VOLUME_STATUSES = [
  'ACTIVE',
  'PAUSED',
  'SHUTOFF',
  'VERIFY_RESIZE',
  'SHELVED',
  'SHELVED_OFFLOADED',
] as const;

function define<P = void>(rule: ActionRule<P>): ActionRule<P> {
  return rule;
}

export const SERVER_ACTIONS = {
  /** 중지된 인스턴스 시작: SHUTOFF only. */
  start: define({
    apiName: 'os-start',
    allowedStatuses: ['SHUTOFF'],
    allowedTaskStates: IDLE,
    confirm: 'none',
    request: (id) => ({ method: 'POST', path: actionPath(id), body: { 'os-start': null } }),
  }),
  /** 종료된 인스턴스 시작: SHELVED_OFFLOADED only. */
  unshelve: define({
    apiName: 'unshelve',
    allowedStatuses: ['SHELVED_OFFLOADED'],
    allowedTaskStates: IDLE,
    confirm: 'none',
    request: (id) => ({ method: 'POST', path: actionPath(id), body: { unshelve: null } }),
  }),
  /** 인스턴스 중지: ACTIVE or ERROR. */
  stop: define({
    apiName: 'os-stop',
    allowedStatuses: ['ACTIVE', 'ERROR'],
    allowedTaskStates: IDLE,
    confirm: 'once',
    request: (id) => ({ method: 'POST', path: actionPath(id), body: { 'os-stop': null } }),
  }),
  /** 인스턴스 종료 (shelve): ACTIVE only. */
  shelve: define({
    apiName: 'shelve',
    allowedStatuses: ['ACTIVE'],
    allowedTaskStates: IDLE,
    confirm: 'once',
    request: (id) => ({ method: 'POST', path: actionPath(id), body: { shelve: null } }),
  }),
  /** 인스턴스 재시작, SOFT: ACTIVE only. */
  softReboot: define({
    apiName: 'reboot',
    allowedStatuses: ['ACTIVE'],
    allowedTaskStates: IDLE,
    confirm: 'none',
    request: (id) => ({ method: 'POST', path: actionPath(id), body: { reboot: { type: 'SOFT' } } }),
  }),
  /** 인스턴스 재시작, HARD: the seven statuses the spec lists. */
  hardReboot: define({
    apiName: 'reboot',
    allowedStatuses: ['ACTIVE', 'ERROR', 'HARD_REBOOT', 'PAUSED', 'REBOOT', 'SHUTOFF', 'SUSPENDED'],
    allowedTaskStates: REBOOT_TASKS,
    confirm: 'once',
    request: (id) => ({ method: 'POST', path: actionPath(id), body: { reboot: { type: 'HARD' } } }),
  }),
  /** 인스턴스 타입 변경: ACTIVE or SHUTOFF. */
  resize: define<{ flavorRef: string }>({
    apiName: 'resize',
    allowedStatuses: ['ACTIVE', 'SHUTOFF'],
    allowedTaskStates: IDLE,
    confirm: 'none',
    request: (id, { flavorRef }) => ({
      method: 'POST',
      path: actionPath(id),
      body: { resize: { flavorRef } },
    }),
  }),
  /** 인스턴스 이미지 생성: ACTIVE, SHUTOFF, SUSPENDED, PAUSED, and U2 flavors only. */
  createImage: define<{ name: string; metadata?: Record<string, string> }>({
    apiName: 'createImage',
    allowedStatuses: ['ACTIVE', 'SHUTOFF', 'SUSPENDED', 'PAUSED'],
    allowedTaskStates: IDLE,
    flavorCondition: { test: isU2Flavor, reason: 'u2-only' },
    confirm: 'none',
    request: (id, { name, metadata }) => ({
      method: 'POST',
      path: actionPath(id),
      body: { createImage: metadata ? { name, metadata } : { name } },
    }),
  }),
  /** 보안 그룹 추가: the spec sets no status condition. */
  addSecurityGroup: define<{ name: string }>({
    apiName: 'addSecurityGroup',
    allowedStatuses: 'any',
    allowedTaskStates: 'any',
    confirm: 'none',
    request: (id, { name }) => ({
      method: 'POST',
      path: actionPath(id),
      body: { addSecurityGroup: { name } },
    }),
  }),
  /** 보안 그룹 삭제: the spec sets no status condition. */
  removeSecurityGroup: define<{ name: string }>({
    apiName: 'removeSecurityGroup',
    allowedStatuses: 'any',
    allowedTaskStates: 'any',
    confirm: 'once',
    request: (id, { name }) => ({
      method: 'POST',
      path: actionPath(id),
      body: { removeSecurityGroup: { name } },
    }),
  }),
  /** 인스턴스 수정하기 (rename). */
  rename: define<{ name: string }>({
    apiName: 'update',
    allowedStatuses: 'any',
    allowedTaskStates: 'any',
    confirm: 'none',
    request: (id, { name }) => ({
      method: 'PUT',
      path: `/servers/${id}`,
      body: { server: { name } },
    }),
  }),
  /**
   * 인스턴스 삭제하기: from any status, even while a task runs (as Nova), but never while
   * deletion protection is on (current guide: `NHN-EXT-ATTR:protect`, 인스턴스 삭제 보호 여부).
   */
  delete: define({
    apiName: 'delete',
    allowedStatuses: 'any',
    allowedTaskStates: 'any',
    refusedWhenProtected: true,
    confirm: 'type-name',
    request: (id) => ({ method: 'DELETE', path: `/servers/${id}` }),
  }),
  /**
   * 인스턴스 메타데이터 생성/수정하기 (PUT /servers/{id}/metadata/{key}). The guide sets no status
   * condition; these are Nova's (vm_state active, paused, suspended, stopped; no task running).
   */
  setMetadata: define<{ key: string; value: string }>({
    apiName: 'update_instance_metadata',
    allowedStatuses: METADATA_STATUSES,
    allowedTaskStates: IDLE,
    confirm: 'none',
    request: (id, { key, value }) => ({
      method: 'PUT',
      path: `/servers/${id}/metadata/${encodeURIComponent(key)}`,
      body: { meta: { [key]: value } },
    }),
  }),
  /** 인스턴스 메타데이터 삭제하기: Nova's conditions, as for setting one. */
  deleteMetadata: define<{ key: string }>({
    apiName: 'delete_instance_metadata',
    allowedStatuses: METADATA_STATUSES,
    allowedTaskStates: IDLE,
    confirm: 'once',
    request: (id, { key }) => ({
      method: 'DELETE',
      path: `/servers/${id}/metadata/${encodeURIComponent(key)}`,
    }),
  }),
  /** 추가 블록 스토리지 연결하기. The spec sets no status condition; these are Nova's. */
  attachVolume: define<{ volumeId: string }>({
    apiName: 'attach_volume',
    allowedStatuses: VOLUME_STATUSES,
    allowedTaskStates: IDLE,
    confirm: 'none',
    request: (id, { volumeId }) => ({
      method: 'POST',
      path: `/servers/${id}/os-volume_attachments`,
      body: { volumeAttachment: { volumeId } },
    }),
  }),
  /** 블록 스토리지 연결 끊기: Nova's conditions, as for attach. */
  detachVolume: define<{ volumeId: string }>({
    apiName: 'detach_volume',
    allowedStatuses: VOLUME_STATUSES,
    allowedTaskStates: IDLE,
    confirm: 'once',
    request: (id, { volumeId }) => ({
      method: 'DELETE',
      path: `/servers/${id}/os-volume_attachments/${volumeId}`,
    }),
  }),
};

export type ServerActionId = keyof typeof SERVER_ACTIONS;
export const SERVER_ACTION_IDS = Object.keys(SERVER_ACTIONS) as ServerActionId[];

/** What `action` takes besides the instance (a flavor, a name, a volume, …), as its request does. */
export type ServerActionParams<A extends ServerActionId> = Parameters<
  (typeof SERVER_ACTIONS)[A]['request']
>[1];

/** The request `action` sends: the table typed action by action, so `params` fit with no cast. */
export function serverActionRequest<A extends ServerActionId>(
  action: A,
  serverId: string,
  params: ServerActionParams<A>,
): ActionRequest {
  const rules: { [K in ServerActionId]: ActionRule<ServerActionParams<K>> } = SERVER_ACTIONS;
  return rules[action].request(serverId, params);
}

type ActionDenial =
  | { reason: 'status'; status: string; allowedStatuses: readonly string[] }
  | { reason: 'task'; taskState: string }
  | { reason: 'u2-only'; flavorName: string }
  | { reason: 'protected' };

export type ActionCheck = { allowed: true } | ({ allowed: false } & ActionDenial);

/** Whether `action` may run on `server` now, and if not, why. */
export function checkAction(action: ServerActionId, server: ActionSubject): ActionCheck {
  const rule: ActionRule<never> = SERVER_ACTIONS[action];
  const status = canonicalStatus(server.status);
  if (rule.allowedStatuses !== 'any' && !rule.allowedStatuses.includes(status)) {
    return {
      allowed: false,
      reason: 'status',
      status: server.status,
      allowedStatuses: rule.allowedStatuses,
    };
  }
  const task = server.taskState ?? null;
  if (rule.allowedTaskStates !== 'any' && !rule.allowedTaskStates.includes(task)) {
    return { allowed: false, reason: 'task', taskState: task ?? '' };
  }
  if (rule.refusedWhenProtected && server.protected) {
    return { allowed: false, reason: 'protected' };
  }
  if (rule.flavorCondition && server.flavorName !== undefined) {
    if (!rule.flavorCondition.test(server.flavorName)) {
      return { allowed: false, reason: rule.flavorCondition.reason, flavorName: server.flavorName };
    }
  }
  return { allowed: true };
}

/**
 * How a server's status, vm_state and power state fit together, and the steps each action
 * walks through. Every step after the first takes NHN_EMULATOR_TRANSITION_MS.
 */
import { stableHex } from './ids';
import type { ServerRecord } from './state';

export const POWER = { NOSTATE: 0, RUNNING: 1, PAUSED: 3, SHUTDOWN: 4 } as const;

interface Steady {
  vmState: string;
  powerState: number;
}

const STEADY: Record<string, Steady> = {
  ACTIVE: { vmState: 'active', powerState: POWER.RUNNING },
  SHUTOFF: { vmState: 'stopped', powerState: POWER.SHUTDOWN },
  SHELVED_OFFLOADED: { vmState: 'shelved_offloaded', powerState: POWER.SHUTDOWN },
  ERROR: { vmState: 'error', powerState: POWER.SHUTDOWN },
  PAUSED: { vmState: 'paused', powerState: POWER.PAUSED },
  SUSPENDED: { vmState: 'suspended', powerState: POWER.SHUTDOWN },
  RESCUE: { vmState: 'rescued', powerState: POWER.RUNNING },
  BUILD: { vmState: 'building', powerState: POWER.NOSTATE },
  VERIFY_RESIZE: { vmState: 'resized', powerState: POWER.RUNNING },
  DELETED: { vmState: 'deleted', powerState: POWER.NOSTATE },
};

export function steadyState(status: string): Steady {
  const steady = STEADY[status];
  if (!steady) throw new Error(`no steady state for ${status}`);
  return steady;
}

/**
 * What a server in each Nova status carries (Nova's status ← vm_state + task_state map): used by
 * the control API to put a server into any status of the table, for tests and demos.
 */
export const NOVA_STATES: Record<string, Steady & { taskState: string | null }> = {
  ACTIVE: { vmState: 'active', taskState: null, powerState: POWER.RUNNING },
  BUILD: { vmState: 'building', taskState: 'spawning', powerState: POWER.NOSTATE },
  SHUTOFF: { vmState: 'stopped', taskState: null, powerState: POWER.SHUTDOWN },
  SHELVED: { vmState: 'shelved', taskState: null, powerState: POWER.SHUTDOWN },
  SHELVED_OFFLOADED: { vmState: 'shelved_offloaded', taskState: null, powerState: POWER.SHUTDOWN },
  REBOOT: { vmState: 'active', taskState: 'reboot_started', powerState: POWER.RUNNING },
  HARD_REBOOT: { vmState: 'active', taskState: 'reboot_started_hard', powerState: POWER.RUNNING },
  RESIZE: { vmState: 'active', taskState: 'resize_migrating', powerState: POWER.RUNNING },
  VERIFY_RESIZE: { vmState: 'resized', taskState: null, powerState: POWER.RUNNING },
  REVERT_RESIZE: { vmState: 'resized', taskState: 'resize_reverting', powerState: POWER.RUNNING },
  MIGRATING: { vmState: 'active', taskState: 'migrating', powerState: POWER.RUNNING },
  REBUILD: { vmState: 'active', taskState: 'rebuilding', powerState: POWER.NOSTATE },
  PASSWORD: { vmState: 'active', taskState: 'updating_password', powerState: POWER.RUNNING },
  ERROR: { vmState: 'error', taskState: null, powerState: POWER.SHUTDOWN },
  PAUSED: { vmState: 'paused', taskState: null, powerState: POWER.PAUSED },
  SUSPENDED: { vmState: 'suspended', taskState: null, powerState: POWER.SHUTDOWN },
  RESCUE: { vmState: 'rescued', taskState: null, powerState: POWER.RUNNING },
  UNKNOWN: { vmState: 'active', taskState: null, powerState: POWER.NOSTATE },
};

/** The fields that put a server into a settled status. */
export function settledAs(status: string): Partial<ServerRecord> {
  const { vmState, powerState } = steadyState(status);
  return { status, vmState, powerState, taskState: null };
}

/** One step of a flow: what changes, and which time stamps it sets to the step's time. */
export interface FlowStep {
  set: Partial<ServerRecord>;
  stamp?: (keyof ServerRecord)[];
}

/** The task state each action shows at once, and the steps that follow, one per transition. */
export function actionFlow(
  action: 'start' | 'stop' | 'shelve' | 'unshelve' | 'softReboot' | 'hardReboot',
  server: ServerRecord,
): { now: Partial<ServerRecord>; later: FlowStep[] } {
  const boot = { stamp: ['launchedAt'] as (keyof ServerRecord)[] };
  switch (action) {
    case 'stop':
      return { now: { taskState: 'powering-off' }, later: [{ set: settledAs('SHUTOFF') }] };
    case 'start':
      return { now: { taskState: 'powering-on' }, later: [{ set: settledAs('ACTIVE'), ...boot }] };
    case 'shelve':
      return {
        now: { taskState: 'shelving' },
        later: [{ set: { ...settledAs('SHELVED_OFFLOADED'), hostId: '' } }],
      };
    case 'unshelve':
      return {
        now: { taskState: 'unshelving' },
        later: [
          {
            // An offloaded server lost its host; unshelving places it on one again.
            set: {
              ...settledAs('ACTIVE'),
              hostId: stableHex(56, 'host', server.tenantId, server.id),
            },
            ...boot,
          },
        ],
      };
    case 'softReboot':
      return {
        now: { status: 'REBOOT', taskState: 'reboot_started' },
        later: [{ set: settledAs('ACTIVE'), ...boot }],
      };
    case 'hardReboot':
      return {
        now: {
          status: 'HARD_REBOOT',
          vmState: 'active',
          taskState: 'reboot_started_hard',
          powerState: POWER.RUNNING,
        },
        later: [{ set: settledAs('ACTIVE'), ...boot }],
      };
  }
}

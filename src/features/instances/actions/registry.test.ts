/** The action registry: where each action is offered, and what it reads from the domain's table. */
import { describe, expect, it } from 'vitest';
import { SERVER_ACTION_IDS, SERVER_ACTIONS } from '../../../domain/server-actions';
import { actionsIn, INSTANCE_ACTIONS, isParameterless, parameterlessIn } from './registry';

const ids = (place: Parameters<typeof actionsIn>[0]) => actionsIn(place).map((a) => a.action);

describe('the action registry', () => {
  it('offers the actions in the order operators reach for them, in each place', () => {
    expect(ids('toolbar')).toEqual([
      'start',
      'unshelve',
      'stop',
      'softReboot',
      'hardReboot',
      'shelve',
      'resize',
      'createImage',
      'delete',
    ]);
    expect(ids('rowMenu')).toEqual([...ids('toolbar').slice(0, -1), 'rename', 'delete']);
    expect(parameterlessIn('bulkBar')).toEqual([
      'start',
      'stop',
      'softReboot',
      'hardReboot',
      'delete',
    ]);
    expect(parameterlessIn('requests')).toHaveLength(7);
  });

  it('reads the confirmation from the domain for every action', () => {
    for (const action of SERVER_ACTION_IDS) {
      expect(INSTANCE_ACTIONS[action].confirm, action).toBe(SERVER_ACTIONS[action].confirm);
    }
  });

  it('marks as dangerous what interrupts the instance or cuts something off it', () => {
    const dangerous = SERVER_ACTION_IDS.filter((action) => INSTANCE_ACTIONS[action].dangerous);
    expect(dangerous).toEqual([
      'shelve',
      'hardReboot',
      'removeSecurityGroup',
      'delete',
      'deleteMetadata',
      'detachVolume',
    ]);
    // Nothing dangerous runs without a question; only delete cannot be undone.
    for (const action of dangerous) expect(SERVER_ACTIONS[action].confirm).not.toBe('none');
    expect(SERVER_ACTION_IDS.filter((a) => INSTANCE_ACTIONS[a].destructive)).toEqual(['delete']);
  });

  it('knows the actions without parameters from the requests the domain builds', () => {
    expect(SERVER_ACTION_IDS.filter(isParameterless)).toEqual([
      'start',
      'unshelve',
      'stop',
      'shelve',
      'softReboot',
      'hardReboot',
      'delete',
    ]);
    // Whatever is offered in bulk or in the requests dialog takes nothing but the instance.
    expect(ids('bulkBar').every(isParameterless)).toBe(true);
    expect(ids('requests').every(isParameterless)).toBe(true);
  });
});

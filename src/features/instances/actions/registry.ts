/**
 * The instance actions as the UI offers them (issue 11: one action registry): per action its
 * icon, the key of its name, where it appears, whether it is dangerous and how it is confirmed.
 * What the domain already knows is read from its action table (src/domain/server-actions.ts: the
 * confirmation level, which status allows what), never written again here. The toolbar, the row
 * menu, the bulk bar and the API requests dialog read this; so will a command palette.
 */
import type { ComponentType } from 'react';
import {
  IconArchive,
  IconCamera,
  IconLink,
  IconPencil,
  IconPlayerPlay,
  IconPlayerStop,
  IconPlus,
  IconPower,
  IconRefresh,
  IconRefreshAlert,
  IconResize,
  IconTrash,
  IconUnlink,
  IconX,
} from '../../../components/icons';
import {
  type ConfirmLevel,
  SERVER_ACTIONS,
  type ServerActionId,
  type ServerActionParams,
} from '../../../domain/server-actions';

type Icon = ComponentType<{ size?: number; color?: string }>;

/**
 * Where an action is offered: the details page's toolbar, a list row's menu, the list's bulk bar,
 * and the API requests dialog (what each action without parameters sends).
 */
export type Place = 'toolbar' | 'rowMenu' | 'bulkBar' | 'requests';

interface Presentation {
  icon: Icon;
  places: readonly Place[];
  /** Its confirmation's button is red: it interrupts the instance or cuts something off it. */
  dangerous: boolean;
  /** It cannot be undone: shown in red wherever it is offered. */
  destructive?: boolean;
  /** In the bulk bar, the actions of one group share one button with a menu (soft or hard reboot). */
  bulkGroup?: 'reboot';
}

export interface InstanceActionUi extends Presentation {
  action: ServerActionId;
  /** The key of its name, `instanceDetail.actions.<action>`. */
  label: `instanceDetail.actions.${ServerActionId}`;
  /** How much confirmation it asks for: the domain's action table says. */
  confirm: ConfirmLevel;
}

const EVERYWHERE = ['toolbar', 'rowMenu', 'bulkBar', 'requests'] as const;
const SINGLE = ['toolbar', 'rowMenu', 'requests'] as const;
const WITH_A_CHOICE = ['toolbar', 'rowMenu'] as const;
/** Offered in the details page's sections (security groups, volumes, metadata), beside what they change. */
const IN_SECTIONS = [] as const;

// In the order operators reach for them: every place lists its actions in this order.
const PRESENTATION: Record<ServerActionId, Presentation> = {
  start: { icon: IconPlayerPlay, places: EVERYWHERE, dangerous: false },
  unshelve: { icon: IconPower, places: SINGLE, dangerous: false },
  stop: { icon: IconPlayerStop, places: EVERYWHERE, dangerous: false },
  softReboot: { icon: IconRefresh, places: EVERYWHERE, dangerous: false, bulkGroup: 'reboot' },
  hardReboot: { icon: IconRefreshAlert, places: EVERYWHERE, dangerous: true, bulkGroup: 'reboot' },
  shelve: { icon: IconArchive, places: SINGLE, dangerous: true },
  resize: { icon: IconResize, places: WITH_A_CHOICE, dangerous: false },
  createImage: { icon: IconCamera, places: WITH_A_CHOICE, dangerous: false },
  rename: { icon: IconPencil, places: ['rowMenu'], dangerous: false },
  delete: { icon: IconTrash, places: EVERYWHERE, dangerous: true, destructive: true },
  addSecurityGroup: { icon: IconPlus, places: IN_SECTIONS, dangerous: false },
  removeSecurityGroup: { icon: IconX, places: IN_SECTIONS, dangerous: true },
  attachVolume: { icon: IconLink, places: IN_SECTIONS, dangerous: false },
  detachVolume: { icon: IconUnlink, places: IN_SECTIONS, dangerous: true },
  setMetadata: { icon: IconPencil, places: IN_SECTIONS, dangerous: false },
  deleteMetadata: { icon: IconTrash, places: IN_SECTIONS, dangerous: true },
};

export const INSTANCE_ACTIONS: Record<ServerActionId, InstanceActionUi> = Object.fromEntries(
  (Object.keys(PRESENTATION) as ServerActionId[]).map((action) => [
    action,
    {
      ...PRESENTATION[action],
      action,
      label: `instanceDetail.actions.${action}`,
      confirm: SERVER_ACTIONS[action].confirm,
    },
  ]),
) as Record<ServerActionId, InstanceActionUi>;

/** The actions offered in `place`, in order. */
export function actionsIn(place: Place): InstanceActionUi[] {
  return Object.values(INSTANCE_ACTIONS).filter((entry) => entry.places.includes(place));
}

/** The actions that take nothing but the instance (start, stop, delete, …). */
export type ParameterlessAction = {
  [A in ServerActionId]: ServerActionParams<A> extends void ? A : never;
}[ServerActionId];

/** Whether the action's request, in the domain's table, reads nothing but the instance's id. */
export function isParameterless(action: ServerActionId): action is ParameterlessAction {
  return SERVER_ACTIONS[action].request.length < 2;
}

/** The actions without parameters offered in `place`, in order (the bulk bar, the requests). */
export function parameterlessIn(place: Place): ParameterlessAction[] {
  return actionsIn(place)
    .map((entry) => entry.action)
    .filter(isParameterless);
}

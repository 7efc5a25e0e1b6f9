/**
 * The confirmation an action on one instance asks for, with the exact request it leads to: none,
 * once, or typing the instance's name — the level from the domain's action table, its colour from
 * the registry (registry.ts). The keys NHN Cloud's own console reads are confirmed even when the
 * action needs no confirmation: the guide warns that changing them changes what it shows.
 */
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { confirm, confirmByTyping } from '../../../components/confirm';
import type { Server } from '../../../domain/compute-types';
import type { ServerActionId, ServerActionParams } from '../../../domain/server-actions';
import { isConsoleMetadataKey } from '../../../domain/server-metadata';
import { ConsoleKeyNote } from '../components/console-key-note';
import { INSTANCE_ACTIONS } from './registry';

export interface Question<A extends ServerActionId> {
  scope: ApiScope;
  action: A;
  server: Server;
  params: ServerActionParams<A>;
  /** What the action is about besides the instance (a security group, a volume). */
  subject?: string;
}

/** The metadata key an action changes, if it changes one. */
function metadataKeyOf(action: ServerActionId, params: unknown): string | null {
  return action === 'setMetadata' || action === 'deleteMetadata'
    ? (params as { key: string }).key
    : null;
}

/** Resolves to whether the operator wants the action to run. */
export function askFirst<A extends ServerActionId>(
  t: TFunction,
  { scope, action, server, params, subject }: Question<A>,
): Promise<boolean> {
  const entry = INSTANCE_ACTIONS[action];
  const requests = [describeServerAction(scope, action, server.id, params)];
  const name = server.name;
  const label = t(entry.label);
  const metaKey = metadataKeyOf(action, params);
  switch (entry.confirm) {
    case 'none':
      if (action === 'setMetadata' && metaKey !== null && isConsoleMetadataKey(metaKey))
        return confirm({
          title: t('instanceDetail.metadata.confirmChangeTitle', { key: metaKey, name }),
          body: <ConsoleKeyNote metaKey={metaKey} />,
          confirmLabel: t('instanceDetail.metadata.save'),
          danger: true,
          requests,
        });
      return Promise.resolve(true);
    case 'type-name':
      return confirmByTyping({
        name,
        title: t('instanceDetail.confirm.deleteTitle', { name }),
        body: (
          <>
            <Text size="sm">{t('instanceDetail.confirm.deleteBody', { name })}</Text>
            <Text size="sm" c="dimmed">
              {t('instanceDetail.confirm.deleteVolumes')}
            </Text>
          </>
        ),
        confirmLabel: label,
        danger: entry.dangerous,
        requests,
      });
    case 'once': {
      const texts: Partial<Record<ServerActionId, [string, string]>> = {
        stop: [
          t('instanceDetail.confirm.stopTitle', { name }),
          t('instanceDetail.confirm.stopBody'),
        ],
        shelve: [
          t('instanceDetail.confirm.shelveTitle', { name }),
          t('instanceDetail.confirm.shelveBody'),
        ],
        hardReboot: [
          t('instanceDetail.confirm.hardRebootTitle', { name }),
          t('instanceDetail.confirm.hardRebootBody'),
        ],
        removeSecurityGroup: [
          t('instanceDetail.confirm.removeGroupTitle', { name, group: subject ?? '' }),
          t('instanceDetail.confirm.removeGroupBody', { group: subject ?? '' }),
        ],
        detachVolume: [
          t('instanceDetail.confirm.detachTitle', { name, volume: subject ?? '' }),
          t('instanceDetail.confirm.detachBody'),
        ],
        deleteMetadata: [
          t('instanceDetail.metadata.confirmDeleteTitle', { name, key: metaKey ?? '' }),
          t('instanceDetail.metadata.confirmDeleteBody', { key: metaKey ?? '' }),
        ],
      };
      const [title, text] = texts[action] ?? [label, ''];
      const body =
        metaKey !== null && isConsoleMetadataKey(metaKey) ? (
          <>
            <Text size="sm">{text}</Text>
            <ConsoleKeyNote metaKey={metaKey} />
          </>
        ) : (
          text
        );
      return confirm({ title, body, confirmLabel: label, danger: entry.dangerous, requests });
    }
  }
}

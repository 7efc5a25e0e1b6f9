/**
 * Running an instance action: the gate from the domain's action table, the confirmation the
 * table asks for (with the exact request), one request however often the button is pressed, a
 * notification that follows the request, and the refresh of everything it changes.
 */
import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ActionResult, describeServerAction, runServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { confirm, confirmByTyping } from '../../../components/confirm';
import { withProgress } from '../../../components/notify';
import type { Server } from '../../../domain/compute-types';
import { checkAction, SERVER_ACTIONS, type ServerActionId } from '../../../domain/server-actions';
import { isConsoleMetadataKey } from '../../../domain/server-metadata';
import { imageKeys } from '../../../resources/images';
import { placementPolicyKeys } from '../../../resources/placement-policies';
import { instanceKeys } from '../../../resources/servers';
import { volumeKeys } from '../../../resources/volumes';
import { ConsoleKeyNote } from '../components/console-key-note';
import { actionSubject } from '../server-facts';
import { useDenialText } from './denial';
import { claim, pendingKey, release } from './pending';

export type ActionParams<A extends ServerActionId> = Parameters<
  (typeof SERVER_ACTIONS)[A]['request']
>[1];

export interface RunOptions {
  /** The dialog that collected the parameters already showed the request and was confirmed. */
  confirmed?: boolean;
  /** What the confirmation and the notifications call the thing acted on (a group, a volume). */
  subject?: string;
}

/** The instance's flavor name, when the caller knows it (createImage needs it: U2 only). */
export interface ActionTarget {
  server: Server;
  flavorName?: string;
}

export function useInstanceActions(scope: ApiScope) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const denial = useDenialText();
  const actionLabel = (action: ServerActionId) => t(`instance.actions.${action}`);

  const invalidate = async (action: ServerActionId) => {
    const work: Promise<unknown>[] = [
      queryClient.invalidateQueries({ queryKey: instanceKeys.all(scope) }),
    ];
    if (action === 'attachVolume' || action === 'detachVolume' || action === 'delete') {
      work.push(queryClient.invalidateQueries({ queryKey: volumeKeys.all(scope) }));
    }
    // A deleted instance leaves its placement policy.
    if (action === 'delete')
      work.push(queryClient.invalidateQueries({ queryKey: placementPolicyKeys.all(scope) }));
    if (action === 'createImage')
      work.push(queryClient.invalidateQueries({ queryKey: imageKeys.all(scope) }));
    await Promise.all(work);
  };

  async function askFirst<A extends ServerActionId>(
    action: A,
    server: Server,
    params: ActionParams<A>,
    subject?: string,
  ): Promise<boolean> {
    const rule = SERVER_ACTIONS[action];
    const requests = [describeServerAction(scope, action, server.id, params)];
    const name = server.name;
    const metaKey =
      action === 'setMetadata' || action === 'deleteMetadata'
        ? (params as { key: string }).key
        : null;
    switch (rule.confirm) {
      case 'none':
        // The keys NHN Cloud's console reads change what it shows: the guide warns, so we ask.
        if (action === 'setMetadata' && metaKey !== null && isConsoleMetadataKey(metaKey))
          return confirm({
            title: t('instance.metadata.confirmChangeTitle', { key: metaKey, name }),
            body: <ConsoleKeyNote metaKey={metaKey} />,
            confirmLabel: t('instance.metadata.save'),
            danger: true,
            requests,
          });
        return true;
      case 'type-name':
        return confirmByTyping({
          name,
          title: t('instance.confirm.deleteTitle', { name }),
          body: (
            <>
              <Text size="sm">{t('instance.confirm.deleteBody', { name })}</Text>
              <Text size="sm" c="dimmed">
                {t('instance.confirm.deleteVolumes')}
              </Text>
            </>
          ),
          confirmLabel: t('instance.actions.delete'),
          danger: true,
          requests,
        });
      case 'once': {
        const texts: Partial<Record<ServerActionId, [string, string]>> = {
          stop: [t('instance.confirm.stopTitle', { name }), t('instance.confirm.stopBody')],
          shelve: [t('instance.confirm.shelveTitle', { name }), t('instance.confirm.shelveBody')],
          hardReboot: [
            t('instance.confirm.hardRebootTitle', { name }),
            t('instance.confirm.hardRebootBody'),
          ],
          removeSecurityGroup: [
            t('instance.confirm.removeGroupTitle', { name, group: subject ?? '' }),
            t('instance.confirm.removeGroupBody', { group: subject ?? '' }),
          ],
          detachVolume: [
            t('instance.confirm.detachTitle', { name, volume: subject ?? '' }),
            t('instance.confirm.detachBody'),
          ],
          deleteMetadata: [
            t('instance.metadata.confirmDeleteTitle', { name, key: metaKey ?? '' }),
            t('instance.metadata.confirmDeleteBody', { key: metaKey ?? '' }),
          ],
        };
        const [title, text] = texts[action] ?? [actionLabel(action), ''];
        const body =
          metaKey !== null && isConsoleMetadataKey(metaKey) ? (
            <>
              <Text size="sm">{text}</Text>
              <ConsoleKeyNote metaKey={metaKey} />
            </>
          ) : (
            text
          );
        return confirm({
          title,
          body,
          confirmLabel: actionLabel(action),
          danger: action !== 'stop',
          requests,
        });
      }
    }
  }

  /**
   * Runs `action` on one instance. Resolves to the result, or null when nothing was sent (refused
   * by the gate, not confirmed, or already running).
   */
  async function perform<A extends ServerActionId>(
    action: A,
    target: ActionTarget,
    params: ActionParams<A>,
    options: RunOptions = {},
  ): Promise<ActionResult | null> {
    const { server } = target;
    const check = checkAction(action, actionSubject(server, target.flavorName));
    if (!check.allowed) throw new Error(denial(action, check) ?? action);
    const key = pendingKey(action, server.id);
    if (!claim(key)) return null;
    try {
      if (!options.confirmed && !(await askFirst(action, server, params, options.subject)))
        return null;
      const label = actionLabel(action);
      const name = options.subject ? `${server.name} · ${options.subject}` : server.name;
      const send = (): Promise<ActionResult> =>
        withProgress(
          {
            pending: { title: t('instance.progress.pending', { action: label, name }) },
            success: { title: t('instance.progress.success', { action: label, name }) },
            failure: { title: t('instance.progress.failure', { action: label, name }) },
            retryLabel: t('instance.progress.retry'),
          },
          async () => {
            try {
              return await runServerAction(scope, action, server.id, params);
            } finally {
              // Success or not, what is on screen may have changed (a 409 means it moved on).
              await invalidate(action);
            }
          },
          () => {
            if (claim(key))
              void send()
                .catch(() => {})
                .finally(() => release(key));
          },
        );
      return await send();
    } finally {
      release(key);
    }
  }

  return { perform, invalidate };
}

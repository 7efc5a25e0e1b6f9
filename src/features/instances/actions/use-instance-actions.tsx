/**
 * Running an instance action: the gate from the domain's action table, the confirmation the
 * table asks for (with the exact request: ask-first.tsx), one request however often the button is
 * pressed (a mutation per action and instance: press.ts), and a notification that follows the
 * request. What it changed is asked again by the mutation's meta (src/resources/server-mutations.ts).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActionResult } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { withProgress } from '../../../components/notify';
import type { Server } from '../../../domain/compute-types';
import {
  checkAction,
  type ServerActionId,
  type ServerActionParams,
} from '../../../domain/server-actions';
import { serverActionMutation } from '../../../resources/server-mutations';
import { actionSubject } from '../server-facts';
import { askFirst } from './ask-first';
import { useDenialText } from './denial';
import { press } from './press';

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

/** What runs an action (useInstanceActions' perform), as the dialogs and sections receive it. */
export type Perform = ReturnType<typeof useInstanceActions>['perform'];

/** What a dialog that collects an action's parameters is given. */
export interface ActionDialogProps {
  scope: ApiScope;
  target: ActionTarget;
  perform: Perform;
  onClose: () => void;
}

export function useInstanceActions(scope: ApiScope) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const denial = useDenialText();

  /**
   * Runs `action` on one instance. Resolves to the result, or null when nothing was sent (not
   * confirmed, or already running); throws when the gate refuses it or the request failed.
   */
  async function perform<A extends ServerActionId>(
    action: A,
    target: ActionTarget,
    params: ServerActionParams<A>,
    options: RunOptions = {},
  ): Promise<ActionResult | null> {
    const { server } = target;
    const check = checkAction(action, actionSubject(server, target.flavorName));
    if (!check.allowed) throw new Error(denial(action, check) ?? action);
    const label = t(`instanceDetail.actions.${action}`);
    const name = options.subject ? `${server.name} · ${options.subject}` : server.name;
    const run = (ask?: () => Promise<boolean>) =>
      press({
        client,
        change: serverActionMutation(scope, action, server.id),
        variables: params,
        ask,
        report: (send) =>
          withProgress(
            {
              pending: { title: t('instanceDetail.progress.pending', { action: label, name }) },
              success: { title: t('instanceDetail.progress.success', { action: label, name }) },
              failure: { title: t('instanceDetail.progress.failure', { action: label, name }) },
              retryLabel: t('instanceDetail.progress.retry'),
            },
            send,
            // Try again: the same request, asked no more (unless it is under way again).
            () => void run()?.catch(() => undefined),
          ),
      });
    return (
      (await run(
        options.confirmed
          ? undefined
          : () => askFirst(t, { scope, action, server, params, subject: options.subject }),
      )) ?? null
    );
  }

  return { perform };
}

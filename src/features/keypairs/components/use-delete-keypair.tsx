/**
 * Deleting a key pair: a confirmation that names it and says it cannot be undone, a warning that
 * names the instances still created with it (then the name must be typed), and a notification
 * that follows the request.
 */
import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirm, confirmByTyping } from '../../../components/confirm';
import { withProgress } from '../../../components/notify';
import type { Server } from '../../../domain/compute-types';
import { deleteKeypairOptions, deleteKeypairRequest } from '../../../resources/keypairs';
import { isInFlight, runOnce } from '../../../resources/mutations';
import { useScope } from '../../../session/use-session';
import { Note } from './note';

/** How many instance names the warning spells out before "and N more". */
const NAMED = 10;

export function useDeleteKeypairFlow() {
  const { t } = useTranslation();
  const scope = useScope();
  const queryClient = useQueryClient();

  /**
   * Resolves true once the key pair is deleted; false when cancelled or failed, and at once when
   * its delete is in flight already (one request per press: src/resources/mutations.ts).
   * `instances` — those created with it — must be known: the caller waits until they are
   * (./keypair-usage.ts), since an in-use key pair asks for its name to be typed.
   */
  return async (name: string, instances: readonly Server[]): Promise<boolean> => {
    if (isInFlight(queryClient, deleteKeypairOptions(scope, name).mutationKey)) return false;
    const names = instances.map((server) => server.name);
    const listed =
      names.length > NAMED
        ? t('keypairs.delete.andMore', {
            names: names.slice(0, NAMED).join(', '),
            count: names.length - NAMED,
          })
        : names.join(', ');
    const body = (
      <Stack gap="sm">
        <Text size="sm">{t('keypairs.delete.body', { name })}</Text>
        {names.length > 0 && (
          <Note tone="warning" title={t('keypairs.delete.inUseTitle')} testId="keypair-in-use">
            <Text size="sm">
              {t('keypairs.delete.inUse', { count: names.length, names: listed })}
            </Text>
          </Note>
        )}
      </Stack>
    );
    const options = {
      title: t('keypairs.delete.title', { name }),
      body,
      confirmLabel: t('keypairs.delete.confirm'),
      danger: true,
      requests: [deleteKeypairRequest(scope, name)],
    };
    const confirmed =
      names.length > 0 ? await confirmByTyping({ ...options, name }) : await confirm(options);
    if (!confirmed) return false;

    /** True once deleted; false when another press's delete of it is in flight. */
    const run = async (): Promise<boolean> => {
      const request = runOnce(queryClient, deleteKeypairOptions(scope, name), undefined);
      if (!request) return false;
      await withProgress(
        {
          pending: { title: t('keypairs.notify.deleting', { name }) },
          success: { title: t('keypairs.notify.deleted', { name }) },
          failure: { title: t('keypairs.notify.deleteFailed', { name }) },
          retryLabel: t('keypairs.notify.retry'),
        },
        () => request,
        () => {
          run().catch(() => undefined);
        },
      );
      return true;
    };
    try {
      return await run();
    } catch {
      return false;
    }
  };
}

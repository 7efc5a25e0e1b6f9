/**
 * Deleting a key pair: a confirmation that names it and says it cannot be undone, a warning that
 * names the instances still created with it (then the name must be typed), and a notification
 * that follows the request.
 */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { confirm, confirmByTyping } from '../../../components/confirm';
import { withProgress } from '../../../components/notify';
import type { Server } from '../../../domain/compute-types';
import { deleteKeypairRequest, useDeleteKeypair } from '../../../resources/keypairs';
import { useScope } from '../../../session/use-session';
import { Note } from './note';

/** How many instance names the warning spells out before "and N more". */
const NAMED = 10;

export function useDeleteKeypairFlow() {
  const { t } = useTranslation();
  const scope = useScope();
  const remove = useDeleteKeypair(scope);

  /** Resolves true once the key pair is deleted; false when cancelled or failed. */
  return async (name: string, instances: readonly Server[] = []): Promise<boolean> => {
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

    const run = (): Promise<void> =>
      withProgress(
        {
          pending: { title: t('keypairs.notify.deleting', { name }) },
          success: { title: t('keypairs.notify.deleted', { name }) },
          failure: { title: t('keypairs.notify.deleteFailed', { name }) },
          retryLabel: t('keypairs.notify.retry'),
        },
        () => remove.mutateAsync(name),
        () => {
          run().catch(() => undefined);
        },
      );
    try {
      await run();
      return true;
    } catch {
      return false;
    }
  };
}

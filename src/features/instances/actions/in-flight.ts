/**
 * Which instance actions are pending (react-query's word for a mutation in flight), for what the
 * UI shows meanwhile: a spinner on the button of an action under way, wherever it was pressed.
 * The mutation cache is the one record (src/resources/mutations.ts): nothing is kept here.
 */
import { hashKey, type MutationKey, useMutationState } from '@tanstack/react-query';
import { serverMutationKeys } from '../../../resources/server-mutations';

/** The key of `action` on one instance: what `usePending` is asked about. */
export const pendingKey = serverMutationKeys.action;

/** Whether a mutation with exactly this key is pending; the component renders again when that changes. */
export function usePending(): (key: MutationKey) => boolean {
  const pending = useMutationState({
    filters: { mutationKey: ['servers'], status: 'pending' },
    select: (mutation) => hashKey(mutation.options.mutationKey ?? []),
  });
  return (key) => pending.includes(hashKey(key));
}

import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { type ListQuery, ListStates } from './list-states';

/**
 * The body of a list page (issue 11: one scaffolding for every list): the list's states instead
 * of the table (list-states.tsx: the first load failed, loading, no matches, nothing yet), and
 * once it has loaded, a `toolbar` (a bulk-action bar), the background-refresh error (a refresh
 * failed: the rows shown are the last ones read, with a retry) and the table (`children`).
 */
export function ListBody({
  toolbar,
  children,
  ...states
}: Omit<Parameters<typeof ListStates>[0], 'children'> & {
  toolbar?: ReactNode;
  children: ReactNode;
}) {
  return (
    <ListStates {...states}>
      {toolbar}
      <RefreshError query={states.query} what={states.what} />
      {children}
    </ListStates>
  );
}

/** A refresh of a list that had loaded failed: say so, with a retry, above the rows kept. */
function RefreshError({ query, what }: { query: ListQuery; what: string }) {
  if (!query.isError) return null;
  return <ErrorState what={what} error={query.error} onRetry={() => query.refetch()} />;
}

import { useCallback, useMemo, useState } from 'react';

/**
 * The rows chosen for a bulk action. The selection follows the rows: one that left the page
 * (deleted, filtered out, another page) leaves it.
 */
export function useSelection<T extends { id: string }>(rows: readonly T[]) {
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const selection = useMemo(
    () => rows.filter((row) => selectedIds.has(row.id)),
    [rows, selectedIds],
  );
  const onToggle = useCallback((row: T, selected: boolean) => {
    setSelectedIds((current) => {
      const next = new Set(current);
      if (selected) next.add(row.id);
      else next.delete(row.id);
      return next;
    });
  }, []);
  const onSelectAll = useCallback(
    (all: boolean) => setSelectedIds(all ? new Set(rows.map((row) => row.id)) : new Set()),
    [rows],
  );
  const clear = useCallback(() => setSelectedIds(new Set()), []);
  return { selectedIds, selection, onToggle, onSelectAll, clear };
}

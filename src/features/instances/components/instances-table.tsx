/**
 * The instances table: sortable headers, a selection column, one memoized row per server. A page
 * of more than VIRTUALIZE_ABOVE rows renders only the rows in view (virtual-body.tsx; issue 10:
 * 1,000 rows scroll without a long task). A fixed table layout keeps the columns still while
 * rows come and go.
 */
import { Box, Table, UnstyledButton } from '@mantine/core';
import { type CSSProperties, memo, startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconChevronDown } from '../../../components/icons';
import { ariaSort, sortAfterClick } from '../../../components/list-url';
import type { Server } from '../../../domain/compute-types';
import type { SortKey, SortOrder } from '../list-view';
import { ESTIMATED_ROW_PX, InstanceRow, type RowContext } from './instance-row';
import classes from './instances-table.module.css';

/**
 * Up to this many rows render all at once: a short list and the default page of 50, whose first
 * screen then needs no virtualizer code (issue 10: JS+CSS to a live list ≤ 200 KB); more render
 * only those in view (virtual-body.tsx, downloaded with the first such page).
 */
const VIRTUALIZE_ABOVE = 50;

/**
 * Rows a plain page renders on the table's first paint: more than a tall screen shows. The rest
 * of the page follows right after that paint, rendered in slices (a transition), so the rows
 * below the screen do not hold back the first screen (issue 10: navigation → first rows, and
 * Lighthouse's blocking time); until then their space is kept, so the page is as tall.
 */
const FIRST_PAINT_ROWS = 25;

/** False until the browser has painted the table once (at once in a hidden tab, which never paints). */
function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const reveal = () => startTransition(() => setPainted(true));
    if (document.visibilityState !== 'visible') {
      reveal();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(reveal, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

type VirtualBodyComponent = typeof import('./virtual-body').default;
let virtualBodyLoaded: VirtualBodyComponent | null = null;

/**
 * virtual-body.tsx once a page needs it. Not React.lazy: React reveals a suspended part up to
 * 300 ms after rendering it, and the virtualizer, rendered while the window was still at the top,
 * would scroll the window back there when revealed. This renders it when its code is in, and
 * commits it at once.
 */
function useVirtualBody(wanted: boolean): VirtualBodyComponent | null {
  const [body, setBody] = useState(() => virtualBodyLoaded);
  useEffect(() => {
    if (!wanted || body) return;
    let live = true;
    import('./virtual-body').then((module) => {
      virtualBodyLoaded = module.default;
      if (live) setBody(() => module.default);
    });
    return () => {
      live = false;
    };
  }, [wanted, body]);
  return body;
}

/** Every row of a page that is not virtualized. */
function PlainBody({
  rows,
  selected,
  context,
  more = 0,
}: {
  rows: readonly Server[];
  selected: ReadonlySet<string>;
  context: RowContext;
  /** Rows of the page not rendered yet: their estimated height is kept below (the page scrolls as far). */
  more?: number;
}) {
  return (
    <Table.Tbody
      className={more > 0 ? classes.virtualBody : undefined}
      style={
        more > 0 ? ({ '--rows-after': `${more * ESTIMATED_ROW_PX}px` } as CSSProperties) : undefined
      }
    >
      {rows.map((server, index) => (
        <InstanceRow
          key={server.id}
          index={index}
          server={server}
          selected={selected.has(server.id)}
          context={context}
        />
      ))}
    </Table.Tbody>
  );
}

/** Fixed widths for the two narrow columns, shares of the rest for the others (fixed layout). */
const COLUMNS: { key: SortKey | 'addresses' | 'select' | 'actions'; width: string }[] = [
  { key: 'select', width: '40px' },
  { key: 'name', width: '13%' },
  { key: 'status', width: '11%' },
  { key: 'flavor', width: '13%' },
  { key: 'image', width: '19%' },
  { key: 'addresses', width: '15%' },
  { key: 'zone', width: '10%' },
  { key: 'keypair', width: '9%' },
  { key: 'created', width: '10%' },
  { key: 'actions', width: '48px' },
];
/** Below this the table scrolls sideways rather than squeeze its columns. */
const TABLE_MIN_WIDTH = 960;

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: SortKey;
  sort: SortOrder;
  onSort: (order: SortOrder) => void;
}) {
  const { t } = useTranslation();
  const active = sort.key === column;
  return (
    <Table.Th aria-sort={ariaSort(sort, column)}>
      <UnstyledButton
        className={classes.sortButton}
        // A newly chosen column starts ascending; the same column toggles.
        onClick={() => onSort(sortAfterClick(sort, column))}
      >
        {t(`instanceList.columns.${column}`)}
        <IconChevronDown
          size={14}
          aria-hidden
          className={classes.sortIcon}
          data-active={active || undefined}
          data-direction={active ? sort.direction : undefined}
        />
      </UnstyledButton>
    </Table.Th>
  );
}

export const InstancesTable = memo(function InstancesTable({
  rows,
  selected,
  sort,
  onSort,
  onSelectAll,
  context,
  label,
}: {
  rows: readonly Server[];
  selected: ReadonlySet<string>;
  sort: SortOrder;
  onSort: (order: SortOrder) => void;
  onSelectAll: (all: boolean) => void;
  context: RowContext;
  label: string;
}) {
  const { t } = useTranslation();
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  const VirtualBody = useVirtualBody(virtual);
  const painted = usePaintedOnce();
  const plainRows = painted ? VIRTUALIZE_ABOVE : FIRST_PAINT_ROWS;
  const onPage = rows.filter((server) => selected.has(server.id)).length;
  const selectAll = useRef<HTMLInputElement>(null);
  const some = onPage > 0 && onPage < rows.length;
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = some;
  }, [some]);
  const headers: SortKey[] = ['name', 'status', 'flavor', 'image'];
  const after: SortKey[] = ['zone', 'keypair', 'created'];
  return (
    <Box className={classes.frame}>
      <Table
        highlightOnHover
        verticalSpacing="xs"
        className={classes.table}
        style={{ minWidth: TABLE_MIN_WIDTH }}
        aria-label={label}
        // Only some rows are in the document: say how many there are, and each row's place.
        aria-rowcount={virtual ? rows.length + 1 : undefined}
        data-testid="instances-table"
        data-virtual={virtual || undefined}
      >
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <input
                ref={selectAll}
                type="checkbox"
                className={classes.check}
                aria-label={t('instanceDetail.bulk.selectAll')}
                checked={rows.length > 0 && onPage === rows.length}
                onChange={(event) => onSelectAll(event.currentTarget.checked)}
              />
            </Table.Th>
            {headers.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
            ))}
            <Table.Th>{t('instanceList.columns.addresses')}</Table.Th>
            {after.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
            ))}
            <Table.Th>
              <span className={classes.hidden}>{t('instanceDetail.actions.more')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        {virtual && VirtualBody ? (
          <VirtualBody rows={rows} selected={selected} context={context} />
        ) : (
          // Until the virtualizer's code is in (a long page), and on the table's first paint, the
          // first rows render plainly above the others' space.
          <PlainBody
            rows={rows.slice(0, plainRows)}
            selected={selected}
            context={context}
            more={rows.length - Math.min(plainRows, rows.length)}
          />
        )}
      </Table>
    </Box>
  );
});

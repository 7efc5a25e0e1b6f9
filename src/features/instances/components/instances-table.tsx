/**
 * The instances table: sortable headers, a selection column, one memoized row per server. A page
 * of more than VIRTUALIZE_ABOVE rows renders only the rows in view (issue 10: 1,000 rows scroll
 * without a long task), with @tanstack/react-virtual following the window's scroll; the rows
 * above and below are two empty spaces of their measured height (the `tbody`'s ::before and
 * ::after, so `tbody tr` counts only real rows). A fixed table layout keeps the columns still
 * while rows come and go.
 */
import { Box, Table, UnstyledButton } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconChevronDown } from '../../../components/icons';
import type { Server } from '../../../domain/compute-types';
import type { SortKey, SortOrder } from '../list-view';
import { InstanceRow, type RowContext } from './instance-row';
import classes from './instances-table.module.css';

/**
 * Up to this many rows render all at once (a short list); more render only those in view, the
 * default page of 50 included (it then mounts about half its rows).
 */
export const VIRTUALIZE_ABOVE = 30;
/** A row with a two-line flavor cell; the real heights are measured as rows render. */
const ESTIMATED_ROW_PX = 57;

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
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        className={classes.sortButton}
        onClick={() =>
          // A newly chosen column starts ascending; the same column toggles.
          onSort({ key: column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })
        }
      >
        {t(`instances.columns.${column}`)}
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
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the rows start on the page: the virtualizer counts the window's scroll from there. Read
  // when the page's layout changes (a bar above the table comes or goes), when layout is done
  // anyway: never in a render, which would force the browser to lay the page out again.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const element = body.current;
    if (!virtual || !element) return;
    const read = () => {
      const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
      setMargin((current) => (current === top ? current : top));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [virtual]);
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (index) => rows[index]?.id ?? index,
    // A new row's height comes from its ResizeObserver entry, after the layout the browser does
    // anyway; reading it as it mounts would force a layout of the page for every batch of rows.
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize);
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      return instance.itemSizeCache.get(key) ?? ESTIMATED_ROW_PX;
    },
    // Rows scrolled into view render with React's own scheduling, not inside the scroll event.
    useFlushSync: false,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const first = items[0];
  const last = items.at(-1);
  const space = virtual
    ? ({
        '--rows-before': `${first ? first.start - margin : 0}px`,
        '--rows-after': `${last ? virtualizer.getTotalSize() - (last.end - margin) : 0}px`,
      } as CSSProperties)
    : undefined;

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
                aria-label={t('instance.bulk.selectAll')}
                checked={rows.length > 0 && onPage === rows.length}
                onChange={(event) => onSelectAll(event.currentTarget.checked)}
              />
            </Table.Th>
            {headers.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
            ))}
            <Table.Th>{t('instances.columns.addresses')}</Table.Th>
            {after.map((column) => (
              <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
            ))}
            <Table.Th>
              <span className={classes.hidden}>{t('instance.actions.more')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body} className={virtual ? classes.virtualBody : undefined} style={space}>
          {items.map((item) => {
            const server = rows[item.index];
            if (!server) return null;
            return (
              <InstanceRow
                key={server.id}
                index={item.index}
                rowIndex={virtual ? item.index + 2 : undefined}
                server={server}
                selected={selected.has(server.id)}
                context={context}
                measure={virtual ? virtualizer.measureElement : undefined}
              />
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
});

/**
 * The body of a long page of the instances table (more than VIRTUALIZE_ABOVE rows): only the
 * rows in view render (issue 10: 1,000 rows scroll without a long task), with
 * @tanstack/react-virtual following the window's scroll; the rows above and below are two empty
 * spaces of their measured height (the `tbody`'s ::before and ::after, so `tbody tr` counts only
 * real rows). Its own module, downloaded with the first such page: the default page of 50 needs
 * none of it (JS+CSS to a live list ≤ 200 KB).
 */
import { Table } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import type { Server } from '../../../domain/compute-types';
import { ESTIMATED_ROW_PX, InstanceRow, type RowContext } from './instance-row';
import classes from './instances-table.module.css';

export default function VirtualBody({
  rows,
  selected,
  context,
}: {
  rows: readonly Server[];
  selected: ReadonlySet<string>;
  context: RowContext;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the rows start on the page: the virtualizer counts the window's scroll from there. Read
  // when the page's layout changes (a bar above the table comes or goes), when layout is done
  // anyway: never in a render, which would force the browser to lay the page out again.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const read = () => {
      const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
      setMargin((current) => (current === top ? current : top));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
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
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const space = {
    '--rows-before': `${first ? first.start - margin : 0}px`,
    '--rows-after': `${last ? virtualizer.getTotalSize() - (last.end - margin) : 0}px`,
  } as CSSProperties;
  return (
    <Table.Tbody ref={body} className={classes.virtualBody} style={space}>
      {items.map((item) => {
        const server = rows[item.index];
        if (!server) return null;
        return (
          <InstanceRow
            key={server.id}
            index={item.index}
            rowIndex={item.index + 2}
            server={server}
            selected={selected.has(server.id)}
            context={context}
            measure={virtualizer.measureElement}
          />
        );
      })}
    </Table.Tbody>
  );
}

/** A plain-text table for a terminal: columns padded to their widest cell, figures to the right. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
) {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)),
  );
  // Right-aligned: columns of numbers, or of figures such as `12.5`, `80.1 MB` and `—` (none).
  const figure = (cell: string | number | undefined) =>
    typeof cell === 'number' || (typeof cell === 'string' && /^(—|[\d.,]+( ms| MB)?)$/.test(cell));
  const numeric = header.map(
    (_, column) => rows.length > 0 && rows.every((row) => figure(row[column])),
  );
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        return numeric[column] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const [head, ...body] = cells;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

/**
 * GFM tables, padded the way Prettier pads them (so Prettier leaves a page
 * unchanged), from cells that are already escaped Markdown on one line.
 */
import { textWidth } from '../text-width.js';

/** A column's alignment, as GFM's delimiter row writes it. */
export type ColumnAlign = 'left' | 'right' | 'center' | null;

/**
 * The table's source lines. Columns are as wide as their widest cell (at
 * least 3), measured with Prettier's own width function; right and center
 * aligned columns are padded on the left too, as Prettier pads them.
 */
export function tableLines(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ColumnAlign[] = []): string {
  const all = [header, ...rows];
  // Each cell is measured once; a large catalog has one row per code.
  const cellWidths = all.map((row) => {
    if (row.length !== header.length) throw new Error(`table row has ${row.length} cells, header has ${header.length}`);
    return row.map(textWidth);
  });
  const widths = header.map(() => 3);
  for (const row of cellWidths) row.forEach((w, i) => (widths[i] = Math.max(widths[i]!, w)));
  const pad = (cell: string, measured: number, i: number): string => {
    const space = widths[i]! - measured;
    const a = align[i] ?? null;
    if (a === 'right') return ' '.repeat(space) + cell;
    if (a === 'center') return ' '.repeat(Math.floor(space / 2)) + cell + ' '.repeat(space - Math.floor(space / 2));
    return cell + ' '.repeat(space);
  };
  const line = (cells: readonly string[], measured: readonly number[]): string => `| ${cells.map((c, i) => pad(c, measured[i]!, i)).join(' | ')} |`;
  const lines = all.map((row, r) => line(row, cellWidths[r]!));
  const delimiter = widths.map((w, i) => {
    const a = align[i] ?? null;
    if (a === 'left') return `:${'-'.repeat(w - 1)}`;
    if (a === 'right') return `${'-'.repeat(w - 1)}:`;
    if (a === 'center') return `:${'-'.repeat(w - 2)}:`;
    return '-'.repeat(w);
  });
  lines.splice(1, 0, `| ${delimiter.join(' | ')} |`);
  return lines.join('\n');
}

// Go's text/tabwriter, as kubectl uses it, restated for tab-separated text. A line is split into
// cells at each tab; the text after a line's last tab is a trailing cell that is never padded.
// A column block is a run of consecutive lines that all have a tab-terminated cell in that column;
// every cell of a block is padded to the block's widest cell plus `padding`, at least `minWidth`.
// A line with fewer cells ends the block, which is why `kubectl describe` aligns its fields in
// groups. Widths count Unicode code points, as Go counts runes. Sources: go/src/text/tabwriter
// (Writer.format, writeLines); github.com/liggitt/tabwriter (the RememberWidths flag that
// kubectl's get printer sets, so watch output keeps earlier column widths).

/** Writer settings: `minWidth` and `padding` as Go's NewWriter takes them; the pad char is a space. */
export interface TabSettings {
  minWidth: number;
  padding: number;
}

/** kubectl describe: tabwriter.NewWriter(out, 0, 8, 2, ' ', 0) (describe.go, tabbedString). */
export const describeTabs: TabSettings = { minWidth: 0, padding: 2 };

/** kubectl get: minwidth 6, padding 3 (cli-runtime printers/tabwriter.go, GetNewTabWriter). */
export const getTabs: TabSettings = { minWidth: 6, padding: 3 };

/**
 * Aligns `text` (one flush of the writer) and returns it. With `remembered`, column widths seen
 * in earlier flushes are kept and widened, as liggitt/tabwriter's RememberWidths does; the array
 * is updated in place. Pure apart from that array.
 */
export function tabwrite(text: string, settings: TabSettings, remembered?: number[]): string {
  const lines = text.split("\n").map((line) => line.split("\t"));
  const out: string[] = [];
  formatColumns(lines, 0, lines.length, [], settings, remembered, out);
  return out.join("\n");
}

function cellWidth(cell: string): number {
  return [...cell].length;
}

function formatColumns(
  lines: string[][], line0: number, line1: number, widths: number[],
  settings: TabSettings, remembered: number[] | undefined, out: string[],
): void {
  const column = widths.length;
  let start = line0;
  let index = line0;
  while (index < line1) {
    if (column >= lines[index]!.length - 1) {
      index++;
      continue;
    }
    writeLines(lines, start, index, widths, out);
    start = index;
    let width = settings.minWidth;
    for (; index < line1 && column < lines[index]!.length - 1; index++) {
      width = Math.max(width, cellWidth(lines[index]![column]!) + settings.padding);
    }
    if (remembered) {
      width = Math.max(width, remembered[column] ?? 0);
      remembered[column] = width;
    }
    formatColumns(lines, start, index, [...widths, width], settings, remembered, out);
    start = index;
  }
  writeLines(lines, start, line1, widths, out);
}

function writeLines(lines: string[][], line0: number, line1: number, widths: number[], out: string[]): void {
  for (let index = line0; index < line1; index++) {
    const cells = lines[index]!;
    out.push(cells.map((cell, j) => (j < widths.length && j < cells.length - 1 ? cell.padEnd(cell.length + widths[j]! - cellWidth(cell)) : cell)).join(""));
  }
}

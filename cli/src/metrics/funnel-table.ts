import type { Funnel, FunnelLine } from './funnel';

// The funnel as a person reads it in a terminal: one line per item and wording, numbers right-aligned.

const percent = (value: number | null) => (value === null ? '-' : `${Math.round(value * 100)}%`);

const HEADER = [
  'feed',
  'item',
  'wording',
  'suggested',
  'inserted',
  'ins.%',
  'posted',
  'post.%',
  'verbatim',
  'edited',
  'verb.%',
  'copied',
  'shared',
];
/** feed, item and wording read left to right; the numbers line up on the right. */
const TEXT_COLUMNS = 3;

function cells(line: FunnelLine): string[] {
  return [
    String(line.suggested),
    String(line.inserted),
    percent(line.insertRate),
    String(line.posted),
    percent(line.postRate),
    String(line.postedVerbatim),
    String(line.postedEdited),
    percent(line.verbatimRate),
    String(line.copied),
    String(line.shared),
  ];
}

function aligned(rows: string[][]): string[] {
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column < TEXT_COLUMNS ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

export function funnelTable(funnel: Funnel): string[] {
  if (funnel.rows.length === 0) return ['no counts yet'];
  const body = funnel.rows.map((row) => [row.feed, row.item, String(row.phrasing), ...cells(row)]);
  const [header = '', ...lines] = aligned([HEADER, ...body, ['total', '', '', ...cells(funnel.total)]]);
  const total = lines.pop() ?? '';
  const rule = '-'.repeat(header.length);
  return [
    `Herald metrics from ${funnel.from} to ${funnel.to} (UTC days), all networks added up`,
    '',
    header,
    rule,
    ...lines,
    rule,
    total,
    '',
    "wording 1 is the item's own text, 2 its first phrasing…",
    'ins.% = inserted / suggested, post.% = posted / inserted, verb.% = verbatim / posted (posted = verbatim + edited)',
  ];
}

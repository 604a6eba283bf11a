/** A run of a post's text: a placeholder's gap or not, shown before or after the "see more" cut. */
export type Segment = { kind: 'text'; text: string; gap: boolean; hidden: boolean } | { kind: 'cut'; at: number };

/**
 * The post's text in runs, split at each gap's edges and at the cut, with the cut as a run of its own where
 * the network puts it: what follows it is what readers see only after "see more".
 */
export function textSegments(text: string, gaps: readonly { start: number; end: number }[], cut?: number): Segment[] {
  const edges = new Set([0, text.length]);
  for (const { start, end } of gaps) edges.add(start).add(end);
  if (cut !== undefined) edges.add(cut);
  const sorted = [...edges].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    if (start === cut) segments.push({ kind: 'cut', at: cut });
    const end = sorted[i + 1];
    if (end === undefined) break;
    const gap = gaps.some((candidate) => candidate.start <= start && end <= candidate.end);
    segments.push({ kind: 'text', text: text.slice(start, end), gap, hidden: cut !== undefined && start >= cut });
  }
  return segments;
}

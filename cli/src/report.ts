import { countSummary, type Finding, pathText } from './check/finding';
import { type CliIo, paint } from './io';

/** One line a finding: `error  items[2].url: a news item needs a url`, prefixed by its file and line if known. */
export function printFindings(io: CliIo, findings: readonly Finding[], where?: (path: PropertyKey[]) => string) {
  for (const finding of findings) {
    const label = finding.severity === 'error' ? paint(io, 'red', 'error  ') : paint(io, 'yellow', 'warning');
    const place = where ? `${where(finding.path)}: ` : '';
    io.out(`${label} ${place}${paint(io, 'bold', pathText(finding.path))}: ${finding.message}`);
  }
  const summary = countSummary(findings);
  const hasErrors = findings.some((finding) => finding.severity === 'error');
  io.out(paint(io, hasErrors ? 'red' : findings.length > 0 ? 'yellow' : 'green', summary));
}

export function exitCodeOf(findings: readonly Finding[]): number {
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

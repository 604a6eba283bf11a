import type { Locate } from './build/read-content-folder';
import { type Finding, pathText } from './check/finding';
import { type CliIo, paint } from './io';

/** A finding as printed and as `--json` gives it (docs/herald-feed.md, "JSON output"). */
export interface ReportFinding {
  severity: 'error' | 'warning';
  /** The file and line it came from, "items/01-launch.md:7", when the feed was built from a folder. */
  where?: string;
  /** The JSON path in the feed, "items[0].url"; "" for a problem found before there is a feed (YAML syntax). */
  path: string;
  message: string;
}

/** More results a command adds to its report (the rule examples): a key of the JSON document and text lines. */
export interface ReportSection {
  key: string;
  ok: boolean;
  json: unknown;
  text: string[];
}

/** What a command found, printed as text for a person or as one JSON document for a tool. */
export interface Report {
  findings: ReportFinding[];
  sections: ReportSection[];
}

export function reportOf(findings: ReportFinding[]): Report {
  return { findings, sections: [] };
}

/** Checker findings with their JSON path as text; `locate` adds the file and line in a content folder. */
export function reportFindings(findings: readonly Finding[], locate?: Locate): ReportFinding[] {
  return findings.map((finding) => {
    const also = finding.also ? ` (also ${locate ? locate(finding.also) : pathText(finding.also)})` : '';
    return {
      severity: finding.severity,
      ...(locate ? { where: locate(finding.path) } : {}),
      path: pathText(finding.path),
      message: `${finding.message}${also}`,
    };
  });
}

const errorCount = (report: Report) => report.findings.filter((finding) => finding.severity === 'error').length;

export function isOk(report: Report): boolean {
  return errorCount(report) === 0 && report.sections.every((section) => section.ok);
}

export function exitCodeOf(report: Report): number {
  return isOk(report) ? 0 : 1;
}

export function reportJson(report: Report): Record<string, unknown> {
  const errors = errorCount(report);
  return {
    ok: isOk(report),
    errors,
    warnings: report.findings.length - errors,
    findings: report.findings,
    ...Object.fromEntries(report.sections.map((section) => [section.key, section.json])),
  };
}

/** The report as one JSON document, the only thing on standard output in `--json` mode. */
export function printReportJson(io: CliIo, report: Report): void {
  io.out(JSON.stringify(reportJson(report), null, 2));
}

function countSummary(report: Report): string {
  const errors = errorCount(report);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(report.findings.length - errors, 'warning')}`;
}

/** One line a finding: `error   items/a.md:3: items[0].url: a news item needs a url`, then a count. */
export function printReportText(io: CliIo, report: Report): void {
  for (const finding of report.findings) {
    const label = finding.severity === 'error' ? paint(io, 'red', 'error  ') : paint(io, 'yellow', 'warning');
    const where = finding.where ? `${finding.where}: ` : '';
    const path = finding.path ? `${paint(io, 'bold', finding.path)}: ` : '';
    io.out(`${label} ${where}${path}${finding.message}`);
  }
  const errors = errorCount(report);
  io.out(paint(io, errors > 0 ? 'red' : report.findings.length > 0 ? 'yellow' : 'green', countSummary(report)));
  for (const section of report.sections) for (const line of section.text) io.out(line);
}

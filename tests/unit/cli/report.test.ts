import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/src/io';
import { exitCodeOf, printReportJson, printReportText, type Report, reportFindings } from '../../../cli/src/report';
import { NOW, REPO } from './cli-harness';

function capture(): { io: CliIo; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    io: { out: (line) => lines.push(line), err: () => undefined, color: false, cwd: REPO, now: () => NOW },
  };
}

// The rule examples (and any later step) join a report as a section: its own key in the JSON, its own lines in
// the text, and a say in `ok` and the exit code.
const withSection = (sectionOk: boolean): Report => ({
  findings: reportFindings([{ severity: 'warning', path: ['items', 0, 'url'], message: 'an http:// link' }]),
  sections: [
    { key: 'examples', ok: sectionOk, json: { passed: 3, failed: sectionOk ? 0 : 1 }, text: ['3 examples passed'] },
  ],
});

describe('a report', () => {
  it('prints a section under its key in the JSON document, and lets it decide ok', () => {
    const { io, lines } = capture();
    printReportJson(io, withSection(false));
    expect(JSON.parse(lines.join('\n'))).toEqual({
      ok: false,
      errors: 0,
      warnings: 1,
      findings: [{ severity: 'warning', path: 'items[0].url', message: 'an http:// link' }],
      examples: { passed: 3, failed: 1 },
    });
    expect(exitCodeOf(withSection(false))).toBe(1);
    expect(exitCodeOf(withSection(true))).toBe(0);
  });

  it('prints a section as its lines after the count in the text', () => {
    const { io, lines } = capture();
    printReportText(io, withSection(true));
    expect(lines).toEqual(['warning items[0].url: an http:// link', '0 errors, 1 warning', '3 examples passed']);
  });

  it('names the file and line of a finding, and of the other place it is about, with a locator', () => {
    const locate = (path: readonly PropertyKey[]) => `items/0${String(path[1])}.md:1`;
    const [finding] = reportFindings(
      [{ severity: 'error', path: ['items', 1, 'id'], message: 'duplicate id "x"', also: ['items', 0, 'id'] }],
      locate,
    );
    expect(finding).toEqual({
      severity: 'error',
      where: 'items/01.md:1',
      path: 'items[1].id',
      message: 'duplicate id "x" (also items/00.md:1)',
    });
  });
});

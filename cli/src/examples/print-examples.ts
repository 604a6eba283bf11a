import type { Site } from '../../../shared/feed/schema';
import { labelOf } from '../../../shared/sites/registry';
import { type CliIo, paint } from '../io';
import type { ExampleFailure, ExampleReport } from './folder-examples';

const plural = (count: number) => `${count} ${count === 1 ? 'example' : 'examples'}`;

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/** What the example asked for: `expected employee-disclosure to flag it on LinkedIn, underlining "Lumen"`. */
function expectation(failure: ExampleFailure, sites: readonly Site[]): string {
  const where = sites.length > 0 ? ` on ${listFormat.format(sites.map(labelOf))}` : '';
  const rule = `${failure.policyId} to ${failure.expect === 'flag' ? 'flag it' : 'let it pass'}${where}`;
  return failure.match === undefined
    ? `expected ${rule}`
    : `expected ${rule}, underlining ${JSON.stringify(failure.match)}`;
}

/** An example that misses the same way on several networks is told once, naming them all. */
function sameMiss(a: ExampleFailure, b: ExampleFailure): boolean {
  return (
    a.where === b.where &&
    a.text === b.text &&
    a.expect === b.expect &&
    a.reason === b.reason &&
    JSON.stringify(a.found) === JSON.stringify(b.found)
  );
}

function grouped(failures: readonly ExampleFailure[]): { failure: ExampleFailure; sites: Site[] }[] {
  const groups: { failure: ExampleFailure; sites: Site[] }[] = [];
  for (const failure of failures) {
    const last = groups.at(-1);
    if (last && sameMiss(last.failure, failure)) {
      if (failure.site) last.sites.push(failure.site);
    } else groups.push({ failure, sites: failure.site ? [failure.site] : [] });
  }
  return groups;
}

/** Each failure as the example, its rule, what it expected where, and every finding there instead. */
export function printExampleReport(io: CliIo, report: ExampleReport): void {
  for (const { failure, sites } of grouped(report.failures)) {
    io.out(`${paint(io, 'red', 'fail   ')} ${failure.where}: ${expectation(failure, sites)}`);
    io.out(`        draft: ${JSON.stringify(failure.text)}`);
    if (failure.reason) io.out(`        ${failure.reason}`);
    if (failure.found.length === 0) io.out('        found: nothing');
    for (const found of failure.found) {
      io.out(`        found: ${found.policyId} ${JSON.stringify(found.matched)}: ${found.message}`);
    }
  }
  const total = report.passed + report.failed;
  io.out(
    report.failed === 0
      ? paint(io, 'green', `${plural(report.passed)} passed`)
      : paint(io, 'red', `${report.failed} of ${plural(total)} failed`),
  );
}

/** The `examples` part of the JSON output of `test`: one failure a network. */
export function examplesJson(report: ExampleReport) {
  return { passed: report.passed, failed: report.failed, failures: report.failures };
}

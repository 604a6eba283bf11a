import { approvedPassage } from '../echo/approved-passage';
import { approvedRuns, buildEchoIndex } from '../echo/echo-index';
import { libraryTexts } from '../echo/library-texts';
import type { Policy, Site } from '../feed/schema';
import type { Library, LibraryPolicy } from '../library/build-library';
import { labelOf, networkOf, SITES } from '../sites/registry';
import type { PolicyChecker } from './compile-policies';
import { compileForNetwork } from './network-checker';
import { inWindow, policyWindow } from './policy-window';

// A rule's examples (docs/feed-format.md, "Rule examples"): drafts the rule must flag and drafts it must let
// pass, tried through the very checker the composer runs (compileForNetwork) with every policy of the library
// compiled, so `{company}`, a disclosure rule's default terms and hashed secret terms behave as they ship.

/** One example of a rule, as the content folder gives it. */
export interface RuleExample {
  policyId: string;
  expect: 'flag' | 'pass';
  text: string;
  /** Flag only: the text one finding of the rule must underline, exactly. */
  match?: string;
  /** The networks to try it on; by default every network the rule applies to. */
  sites?: readonly Site[];
}

/** A finding of any rule on an example's text, as a publisher reads it. */
export interface FoundFinding {
  policyId: string;
  /** The underlined text. */
  matched: string;
  message: string;
}

/** An example that did not do what it says, on one network (none when the rule itself is missing). */
export type ExampleMiss<E extends RuleExample> = E & {
  site?: Site;
  /** Every finding on the text there, of any rule. */
  found: FoundFinding[];
  /** Why the rule could not behave as the example expects, when it is not about the findings. */
  reason?: string;
};

export interface RuleExamplesReport<E extends RuleExample> {
  /** Examples that held on every network they were tried on. */
  passed: number;
  /** Examples that missed on at least one. */
  failed: number;
  /** One entry a network an example missed on. */
  failures: ExampleMiss<E>[];
}

/**
 * When a rule is tried: `now` when its activeFrom/activeUntil window holds now, else a moment inside the
 * window (activeFrom, or just before activeUntil for a window with no start), so a quiet period's examples
 * are checked whether it is still to come, open or over.
 */
export function momentInWindow(policy: Pick<Policy, 'activeFrom' | 'activeUntil'>, now: number): number {
  const window = policyWindow(policy);
  if (inWindow(window, now)) return now;
  return Number.isFinite(window.from) ? window.from : window.until - 1;
}

/** The networks an example is tried on. */
export function exampleSites(policy: Pick<Policy, 'sites'>, example: Pick<RuleExample, 'sites'>): readonly Site[] {
  return example.sites ?? policy.sites ?? SITES;
}

function outcome(
  checker: PolicyChecker,
  policy: Policy,
  example: RuleExample,
  site: Site,
  now: number,
): { ok: boolean; found: FoundFinding[] } {
  const findings = checker.check(example.text, site, momentInWindow(policy, now));
  const found = findings.map((finding) => ({
    policyId: finding.policyId,
    matched: example.text.slice(finding.start, finding.end),
    message: finding.message,
  }));
  const own = found.filter((finding) => finding.policyId === policy.id);
  const ok =
    example.expect === 'pass'
      ? own.length === 0
      : own.length > 0 && (example.match === undefined || own.some((finding) => finding.matched === example.match));
  return { ok, found };
}

/** Tries every example on the library's policies; `now` is the clock of the check (epoch ms). */
export function runRuleExamples<E extends RuleExample>(
  library: Library,
  examples: readonly E[],
  now: number,
): RuleExamplesReport<E> {
  // What wakes a disclosure rule without `when` besides its terms: the feed's approved text in the draft.
  const { texts, feeds } = libraryTexts(library.items);
  const echo = buildEchoIndex(texts);
  const checkers = new Map<Site, PolicyChecker>();
  const checkerFor = (site: Site) => {
    let checker = checkers.get(site);
    if (!checker) {
      checker = compileForNetwork(library, networkOf(site), (policy, text) =>
        approvedPassage(approvedRuns(echo, text), feeds, policy.feedUrl),
      );
      checkers.set(site, checker);
    }
    return checker;
  };
  // As in the composer, the first policy of an id is the one that counts (parseFeed drops later ones).
  const policies = new Map<string, LibraryPolicy>();
  for (const policy of library.policies) if (!policies.has(policy.id)) policies.set(policy.id, policy);
  const report: RuleExamplesReport<E> = { passed: 0, failed: 0, failures: [] };
  for (const example of examples) {
    const misses = missesOf(policies.get(example.policyId), example, checkerFor, now);
    report.failures.push(...misses);
    if (misses.length > 0) report.failed++;
    else report.passed++;
  }
  return report;
}

function missesOf<E extends RuleExample>(
  policy: LibraryPolicy | undefined,
  example: E,
  checkerFor: (site: Site) => PolicyChecker,
  now: number,
): ExampleMiss<E>[] {
  if (!policy) return [{ ...example, found: [], reason: `there is no rule "${example.policyId}" in the feed` }];
  const problem = checkerFor(SITES[0]).problems.find((candidate) => candidate.policyId === policy.id);
  if (problem) return [{ ...example, found: [], reason: `the rule does not compile: ${problem.message}` }];
  return exampleSites(policy, example).flatMap((site) => {
    const { ok, found } = outcome(checkerFor(site), policy, example, site, now);
    if (ok) return [];
    const offSite = example.expect === 'flag' && policy.sites && !policy.sites.includes(site);
    const miss: ExampleMiss<E> = { ...example, site, found };
    if (offSite) miss.reason = `the rule applies only on ${policy.sites?.map(labelOf).join(', ')}`;
    return [miss];
  });
}

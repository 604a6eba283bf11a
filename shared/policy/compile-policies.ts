import type { Condition, Fix, Policy, Site } from '../feed/schema';
import { findAll, type Span } from './detectors/find-all';
import { type DetectorId, findDetected } from './detectors/find-detected';
import { disclosureGap, disclosureReason, phraseRegExp, type SeeMore } from './disclosure';
import { type FoldedText, foldText } from './fold-text';
import { type HashedTermMatcher, hashedTermMatcher } from './hashed-terms';
import { checkPatternSafety } from './pattern-safety';
import { withCompany } from './policy-company';
import { inWindow, nextWindowChange, type PolicyWindow, policyWindow } from './policy-window';
import { addTerm, emptyTermIndex, findTerms, type TermIndex } from './term-index';
import { wholeCodePoints } from './whole-code-points';
import { foldedWordTokens, type WordToken } from './word-tokens';

/** One breach in a draft. Offsets are UTF-16 indices into the checked text, end exclusive, like a DOM Range. */
export interface Finding {
  policyId: string;
  severity: Policy['severity'];
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  /** The feed set `override: false`: a blocking finding that no one may post past. */
  noOverride?: true;
}

/** A policy that could not be compiled and was left out. */
export interface PolicyProblem {
  policyId: string;
  message: string;
}

export interface PolicyChecker {
  /**
   * Findings sorted by start; without a site, policies limited to some sites apply too. Only policies whose
   * `activeFrom`/`activeUntil` window holds `now` (epoch ms, the device clock by default) apply.
   */
  check(text: string, site?: Site, now?: number): Finding[];
  /** When, after `now`, a policy's window next opens or closes; undefined when none will. */
  nextChange(now: number): number | undefined;
  problems: PolicyProblem[];
}

export interface CompileOptions<P extends Policy = Policy> {
  /** Feed patterns only look at this many characters of a draft, so a slow pattern stays bounded. */
  maxPatternText?: number;
  /** Matches reported per policy, so a pasted wall of numbers cannot flood the page. */
  maxMatchesPerPolicy?: number;
  /**
   * The patterns already passed `checkPatternSafety` (parseFeed refuses the others at sync), so the page
   * need not run the analysis again each time a composer opens.
   */
  patternsVetted?: boolean;
  /** Each network's "see more" cut-off, for disclosure rules; a network without one shows the whole post. */
  seeMore?: Partial<Record<Site, SeeMore>>;
  /** What a disclosure rule without `when` listens for: its feed's company name and item keywords. */
  disclosureTerms?: (policy: P) => readonly string[];
  /** The publisher name of the policy's feed: what `{company}` in its phrases, fix and message stands for. */
  companyOf?: (policy: P) => string | undefined;
  /**
   * What else wakes a disclosure rule without `when`: where the draft holds its feed's approved text (the
   * echo index, shared/echo/approved-passage.ts), the span to underline, or undefined.
   */
  approvedPassage?: (policy: P, text: string) => Span | undefined;
}

type Finder =
  | { kind: 'terms'; condition: number }
  | { kind: 'hashed'; matcher: HashedTermMatcher }
  | { kind: 'pattern'; re: RegExp }
  | { kind: 'detector'; detector: DetectorId; hosts: readonly string[] };

type Rule = { policy: Policy } & (
  | { kind: 'simple'; finder: Finder }
  | { kind: 'when'; when: Finder; require: Finder }
  | {
      kind: 'disclosure';
      when: Finder | null;
      phrases: RegExp[];
      /** Only for a rule without `when`: where the draft holds the feed's approved text. */
      passage?: ((text: string) => Span | undefined) | undefined;
    }
);

interface Context {
  text: string;
  patternText: string;
  limit: number;
  termHits: Map<number, Span[]> | undefined;
  /** The text as terms and detectors read it, folded once per check. */
  folded: FoldedText | undefined;
  /** Word tokens of the folded text, for hashed terms. */
  tokens: WordToken[] | undefined;
}

function compileFinder(
  condition: Condition,
  index: TermIndex,
  nextCondition: () => number,
  vetted: boolean,
): Finder | string {
  if ('terms' in condition) {
    const id = nextCondition();
    let added = 0;
    for (const term of condition.terms) if (addTerm(index, term, id)) added++;
    return added > 0 ? { kind: 'terms', condition: id } : 'none of its terms has anything visible to match';
  }
  const flags = condition.flags ?? '';
  if (!vetted) {
    const safety = checkPatternSafety(condition.pattern, flags);
    if (!safety.ok) return `pattern /${condition.pattern}/${flags}: ${safety.reason}`;
  }
  try {
    return { kind: 'pattern', re: new RegExp(condition.pattern, `${flags}g`) };
  } catch (error) {
    return `pattern /${condition.pattern}/${flags} does not compile: ${error instanceof Error ? error.message : error}`;
  }
}

function compileRule(
  policy: Policy,
  index: TermIndex,
  nextCondition: () => number,
  vetted: boolean,
  defaultWhen: () => readonly string[],
  passage?: (text: string) => Span | undefined,
): Rule | string {
  if (policy.terms) {
    const finder = compileFinder({ terms: policy.terms }, index, nextCondition, vetted);
    return typeof finder === 'string' ? finder : { policy, kind: 'simple', finder };
  }
  if (policy.hashedTerms)
    return { policy, kind: 'simple', finder: { kind: 'hashed', matcher: hashedTermMatcher(policy.hashedTerms) } };
  if (policy.pattern !== undefined) {
    const condition: Condition =
      policy.flags === undefined ? { pattern: policy.pattern } : { pattern: policy.pattern, flags: policy.flags };
    const finder = compileFinder(condition, index, nextCondition, vetted);
    return typeof finder === 'string' ? finder : { policy, kind: 'simple', finder };
  }
  if (policy.when && policy.require) {
    const when = compileFinder(policy.when, index, nextCondition, vetted);
    if (typeof when === 'string') return `"when": ${when}`;
    const require = compileFinder(policy.require, index, nextCondition, vetted);
    if (typeof require === 'string') return `"require": ${require}`;
    return { policy, kind: 'when', when, require };
  }
  if (policy.detector) {
    if (policy.detector === 'internal-link' && !policy.hosts?.length) return 'the internal-link detector needs "hosts"';
    return {
      policy,
      kind: 'simple',
      finder: { kind: 'detector', detector: policy.detector, hosts: policy.hosts ?? [] },
    };
  }
  if (policy.disclosure) {
    const phrases = policy.disclosure.phrases.map(phraseRegExp);
    const ownWhen = policy.disclosure.when;
    const base = { policy, kind: 'disclosure', phrases, passage: ownWhen ? undefined : passage } as const;
    const terms = ownWhen ?? defaultWhen().filter((term) => term.trim() !== '');
    // No company name and no keywords: only approved text can wake the rule; it never fails for that.
    if (terms.length === 0) return { ...base, when: null };
    const when = compileFinder({ terms: [...terms] }, index, nextCondition, vetted);
    if (typeof when === 'string') return ownWhen ? `"disclosure.when": ${when}` : { ...base, when: null };
    return { ...base, when };
  }
  return 'a policy needs one matcher: terms, hashedTerms, pattern, when + require, detector, or disclosure';
}

function spansOf(finder: Finder, context: Context): Span[] {
  switch (finder.kind) {
    case 'terms':
      return context.termHits?.get(finder.condition) ?? [];
    case 'hashed':
      context.folded ??= foldText(context.text);
      context.tokens ??= foldedWordTokens(context.folded);
      return finder.matcher.find(context.tokens);
    case 'pattern':
      return findAll(finder.re, context.patternText, context.limit).map((span) => wholeCodePoints(span, context.text));
    case 'detector':
      context.folded ??= foldText(context.text);
      return findDetected(finder.detector, context.folded, finder.hosts, context.limit).map((span) =>
        wholeCodePoints(span, context.text),
      );
  }
}

/** Sorted, without a span that lies inside another of the same policy ("Falcon" inside "Project Falcon"). */
function outermost(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let reach = -1;
  for (const span of sorted) {
    if (span.end <= reach) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}

function groupTermHits(index: TermIndex, tokens: readonly WordToken[]): Map<number, Span[]> {
  const grouped = new Map<number, Span[]>();
  for (const hit of findTerms(index, tokens)) {
    const spans = grouped.get(hit.condition);
    if (spans) spans.push(hit);
    else grouped.set(hit.condition, [hit]);
  }
  return grouped;
}

/** Compiles a feed's policies once; the checker then runs on every keystroke. */
export function compilePolicies<P extends Policy>(
  policies: readonly P[],
  options: CompileOptions<P> = {},
): PolicyChecker {
  const maxPatternText = options.maxPatternText ?? 20_000;
  const limit = options.maxMatchesPerPolicy ?? 100;
  const index = emptyTermIndex();
  let conditions = 0;
  const nextCondition = () => conditions++;
  const rules: (Rule & { window: PolicyWindow })[] = [];
  const problems: PolicyProblem[] = [];
  for (const feedPolicy of policies) {
    const policy = withCompany(feedPolicy, options.companyOf?.(feedPolicy));
    const { approvedPassage } = options;
    const rule = compileRule(
      policy,
      index,
      nextCondition,
      options.patternsVetted ?? false,
      () => (policy.disclosure && !policy.disclosure.when ? (options.disclosureTerms?.(feedPolicy) ?? []) : []),
      approvedPassage && ((text) => approvedPassage(feedPolicy, text)),
    );
    if (typeof rule === 'string') problems.push({ policyId: policy.id, message: rule });
    else rules.push({ ...rule, window: policyWindow(policy) });
  }

  function check(text: string, site?: Site, now: number = Date.now()): Finding[] {
    const active = rules.filter(
      (rule) =>
        inWindow(rule.window, now) && (site === undefined || !rule.policy.sites || rule.policy.sites.includes(site)),
    );
    const folded = active.length > 0 ? foldText(text) : undefined;
    const tokens = folded && index.size > 0 ? foldedWordTokens(folded) : undefined;
    const context: Context = {
      text,
      patternText: text.length > maxPatternText ? text.slice(0, maxPatternText) : text,
      limit,
      termHits: tokens ? groupTermHits(index, tokens) : undefined,
      folded,
      tokens,
    };
    const findings: Finding[] = [];
    for (const rule of active) {
      const { policy } = rule;
      let spans: Span[];
      let message = policy.message;
      if (rule.kind === 'simple') spans = outermost(spansOf(rule.finder, context)).slice(0, limit);
      else if (rule.kind === 'when') {
        const first = outermost(spansOf(rule.when, context))[0];
        spans = first && spansOf(rule.require, context).length === 0 ? [first] : [];
      } else {
        // The first mention of the company carries the note (else the approved text the draft holds): the fix
        // goes at the start whatever it underlines.
        const first = (rule.when ? outermost(spansOf(rule.when, context))[0] : undefined) ?? rule.passage?.(text);
        const gap = first && disclosureGap(text, rule.phrases, site && options.seeMore?.[site]);
        spans = first && gap ? [first] : [];
        if (gap) message = `${policy.message} ${disclosureReason(gap)}`;
      }
      for (const { start, end } of spans) {
        const finding: Finding = {
          policyId: policy.id,
          severity: policy.severity,
          message,
          start,
          end,
        };
        if (policy.fix) finding.fix = policy.fix;
        if (policy.override === false) finding.noOverride = true;
        findings.push(finding);
      }
    }
    // Stable sort keeps feed order among findings at the same place.
    return findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  const windows = rules.map((rule) => rule.window);
  return { check, problems, nextChange: (now) => nextWindowChange(windows, now) };
}

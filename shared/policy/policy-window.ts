import type { Policy } from '../feed/schema';

/** When a policy applies, as epoch milliseconds: from inclusive, until exclusive. */
export interface PolicyWindow {
  from: number;
  until: number;
}

/** Parsed once per compile, since the check runs on every keystroke. A policy without bounds is always on. */
export function policyWindow(policy: Pick<Policy, 'activeFrom' | 'activeUntil'>): PolicyWindow {
  return {
    from: policy.activeFrom === undefined ? Number.NEGATIVE_INFINITY : Date.parse(policy.activeFrom),
    until: policy.activeUntil === undefined ? Number.POSITIVE_INFINITY : Date.parse(policy.activeUntil),
  };
}

export function inWindow(window: PolicyWindow, now: number): boolean {
  return window.from <= now && now < window.until;
}

/**
 * Whether a policy applies at `now`, read from the device clock alone: a quiet period starts and ends on
 * time offline too, with no sync needed.
 */
export function isPolicyActive(policy: Pick<Policy, 'activeFrom' | 'activeUntil'>, now: number): boolean {
  return inWindow(policyWindow(policy), now);
}

/**
 * The next moment after `now` at which one of the windows opens or closes, if any: a draft left untouched
 * is checked again then, so a quiet period's underline comes and goes on time.
 */
export function nextWindowChange(windows: readonly PolicyWindow[], now: number): number | undefined {
  let next = Number.POSITIVE_INFINITY;
  for (const { from, until } of windows) {
    if (from > now && from < next) next = from;
    if (until > now && until < next) next = until;
  }
  return Number.isFinite(next) ? next : undefined;
}

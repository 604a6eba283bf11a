import { findAll, type Span } from './find-all';

// Well-known credential shapes, each anchored on a fixed prefix, plus long random-looking values
// assigned to something named like a key or token.
export const SECRET_SHAPES = [
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g, // GitHub token
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, // GitHub fine-grained token
  /\bxox[abposr]-[A-Za-z0-9-]{10,250}/g, // Slack token
  /\b[sr]k_live_[A-Za-z0-9]{16,247}\b/g, // Stripe secret or restricted key
  /\bAIza[0-9A-Za-z_-]{35}(?![\w-])/g, // Google API key
  /\beyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]{5,}/g, // JSON Web Token
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/g,
];

export const ASSIGNED_SECRET =
  /(?<![\w-])[\w-]*?(?:api[_-]?key|secret|token|passw(?:or)?d|pwd|auth)["']?\s{0,3}[:=]\s{0,3}["']?([\w+/=.~-]{16,})/gi;

function entropyBitsPerChar(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Random-looking: letters and digits mixed, and about as varied as base64 of random bytes. */
export function looksRandom(value: string): boolean {
  return /\d/.test(value) && /[a-zA-Z]/.test(value) && entropyBitsPerChar(value) >= 3.5;
}

export function findSecrets(text: string, limit: number): Span[] {
  const spans = SECRET_SHAPES.flatMap((re) => findAll(re, text, limit));
  spans.push(
    ...findAll(ASSIGNED_SECRET, text, limit, (match) =>
      looksRandom(match[1] ?? '') ? { start: match.index, end: match.index + match[0].length } : undefined,
    ),
  );
  return spans.slice(0, limit);
}

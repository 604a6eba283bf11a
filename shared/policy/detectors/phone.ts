import { findAll, type Span } from './find-all';

// A phone number: an optional +country code, an optional (area code), then digit groups joined by one
// space, dot or dash. Which of those are phones is then decided on the digits, because the shape alone
// also fits dates, years, percentages and thousands.
export const PHONE =
  /(?<![\p{L}\p{N}_+.,/-])(?:\+\d{1,3}[ .\u00A0-]?)?(?:\(\d{1,5}\)[ .\u00A0-]?)?\d+(?:[ .\u00A0-]\d+)*/gu;

const DATE = /^(?:\d{1,2}[./ -]\d{1,2}[./ -]\d{2,4}|\d{4}[./ -]\d{1,2}[./ -]\d{1,2})$/;
const DECIMAL = /^\d+\.\d+$/;
const THOUSANDS = /^\d{1,3}(?:([ .\u00A0,])\d{3})(?:\1\d{3})*$/;

function looksLikePhone(candidate: string, next: string | undefined): boolean {
  if (next !== undefined && /[%\p{L}\p{N}]/u.test(next)) return false;
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 8 || digits > 15) return false;
  if (candidate.startsWith('+') || candidate.startsWith('(')) return true;
  if (DATE.test(candidate) || THOUSANDS.test(candidate) || DECIMAL.test(candidate)) return false;
  // A bare run of digits is a phone only in national form (0...); 20260314 or 123456789 are just numbers.
  return /[ .\u00A0-]/.test(candidate) || candidate.startsWith('0');
}

export function findPhones(text: string, limit: number): Span[] {
  return findAll(PHONE, text, limit, (match) => {
    const end = match.index + match[0].length;
    return looksLikePhone(match[0], text[end]) ? { start: match.index, end } : undefined;
  });
}

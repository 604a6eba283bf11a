import { findAll, type Span } from './find-all';

// 13 to 19 digits, optionally grouped by spaces or dashes; each step takes exactly one digit, so there is
// only one way to read a run. The run must stand alone: 13 digits of a longer number are not a card.
export const CARD = /(?<![\p{N}+][ -]?)\d(?:[ -]?\d){12,18}(?![ -]?\p{N})/gu;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let digit = digits.charCodeAt(digits.length - 1 - k) - 48;
    if (k % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function findPaymentCards(text: string, limit: number): Span[] {
  return findAll(CARD, text, limit, (match) => {
    const digits = match[0].replace(/\D/g, '');
    // A run of one repeated digit passes Luhn for some lengths but is filler, not a card.
    if (/^(\d)\1*$/.test(digits) || !passesLuhn(digits)) return undefined;
    return { start: match.index, end: match.index + match[0].length };
  });
}

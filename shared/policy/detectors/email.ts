import { findAll, type Span } from './find-all';

// Starts only where a local part can start, so a long run of letters without an @ is scanned once.
export const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,63}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string, limit: number): Span[] {
  return findAll(EMAIL, text, limit);
}

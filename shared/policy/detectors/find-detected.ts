import type { DETECTORS } from '../../feed/schema';
import type { FoldedText } from '../fold-text';
import { findEmails } from './email';
import type { Span } from './find-all';
import { unfoldSpans } from './fold-for-detectors';
import { findInternalLinks } from './internal-link';
import { findPaymentCards } from './payment-card';
import { findPhones } from './phone';
import { findSecrets } from './secret';

export type DetectorId = (typeof DETECTORS)[number];

/**
 * The spans a built-in detector finds, in the original text; `hosts` is only read by internal-link.
 * Detectors read the folded text, so a zero-width space between card groups, a fullwidth ＠ or an
 * ideographic full stop in a host name does not hide what they look for.
 */
export function findDetected(
  detector: DetectorId,
  folded: FoldedText,
  hosts: readonly string[],
  limit: number,
): Span[] {
  return unfoldSpans(folded, findInFolded(detector, folded.text, hosts, limit));
}

function findInFolded(detector: DetectorId, text: string, hosts: readonly string[], limit: number): Span[] {
  switch (detector) {
    case 'email':
      return findEmails(text, limit);
    case 'phone':
      return findPhones(text, limit);
    case 'payment-card':
      return findPaymentCards(text, limit);
    case 'secret':
      return findSecrets(text, limit);
    case 'internal-link':
      return findInternalLinks(text, hosts, limit);
  }
}

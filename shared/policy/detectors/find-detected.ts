import type { DETECTORS } from '../../feed/schema';
import { findEmails } from './email';
import type { Span } from './find-all';
import { findInternalLinks } from './internal-link';
import { findPaymentCards } from './payment-card';
import { findPhones } from './phone';
import { findSecrets } from './secret';

export type DetectorId = (typeof DETECTORS)[number];

/** The spans a built-in detector finds; `hosts` is only read by internal-link. */
export function findDetected(detector: DetectorId, text: string, hosts: readonly string[], limit: number): Span[] {
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

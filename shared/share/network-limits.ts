import type { Site } from '../feed/schema';
import { xWeightedLength } from '../text/x-weighted-length';

/** The longest post each network takes, in its own way of counting (see `networkLength`). */
export const NETWORK_LIMITS: Readonly<Record<Site, number>> = { x: 280, linkedin: 3_000, facebook: 63_206 };

/** X shortens every link to a t.co address of this many characters, whatever its real length. */
export const X_URL_WEIGHT = 23;

/** A text's length as the network counts it: X weighs CJK and emoji 2 and links 23; the others count UTF-16 units. */
export function networkLength(text: string, site: Site): number {
  return site === 'x' ? xWeightedLength(text) : text.length;
}

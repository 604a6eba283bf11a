/**
 * A 53-bit non-cryptographic hash (cyrb53) of a string, as 11 base-36 digits. It only tells versions of
 * the library apart for caches, so speed matters and collisions need only be unlikely, not hard to make:
 * a feed host that can choose the content can change it anyway.
 */
export function contentHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2_654_435_761);
    h2 = Math.imul(h2 ^ code, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return (4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

// A feed object from storage is replaced, never changed in place, when a sync lands: hash each one once.
const feedHashes = new WeakMap<object, string>();

/**
 * The hash of one feed's content: every field of every item and policy counts, so a rule changed under the
 * same `updatedAt` is a new version. JSON of the stored object is canonical enough: the same stored feed
 * always serialises the same way.
 */
export function feedHash(feed: object): string {
  return contentHash(JSON.stringify(feed));
}

/** The version of one feed: `known` is the hash the worker stored with it, when it did. */
export function feedContentHash(url: string, feed: object, known?: string): string {
  let hash = known ?? feedHashes.get(feed);
  if (hash === undefined) {
    hash = feedHash(feed);
    feedHashes.set(feed, hash);
  }
  return `${contentHash(url)}${hash}`;
}

import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, verifyFeedSignature } from '../../../shared/feed/signature';

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, raw: spki.subarray(-32).toString('base64'), spki: spki.toString('base64') };
}

const feed = new TextEncoder().encode('{"version":1,"items":[]}\n');
const signer = keyPair();
const other = keyPair();
const signature = sign(null, feed, signer.privateKey).toString('base64');

describe('verifyFeedSignature', () => {
  it('accepts the exact bytes signed by a listed key', async () => {
    expect(await verifyFeedSignature(feed, signature, [signer.raw])).toBe(true);
  });

  it('accepts when any one of several keys matches, as during a key rotation', async () => {
    expect(await verifyFeedSignature(feed, signature, [other.raw, signer.raw])).toBe(true);
  });

  it('accepts a key given as SubjectPublicKeyInfo, as openssl prints it', async () => {
    expect(await verifyFeedSignature(feed, signature, [signer.spki])).toBe(true);
  });

  it('refuses a feed with one byte changed', async () => {
    const tampered = feed.slice();
    tampered[5] = (tampered[5] ?? 0) ^ 1;
    expect(await verifyFeedSignature(tampered, signature, [signer.raw])).toBe(false);
  });

  it('refuses a signature from a key that is not listed', async () => {
    expect(await verifyFeedSignature(feed, signature, [other.raw])).toBe(false);
    expect(await verifyFeedSignature(feed, signature, [])).toBe(false);
  });

  it('verifies a view over a larger buffer on its own bytes only', async () => {
    const padded = new Uint8Array(feed.length + 8);
    padded.set(feed, 4);
    expect(await verifyFeedSignature(padded.subarray(4, 4 + feed.length), signature, [signer.raw])).toBe(true);
  });

  it.each([
    ['an empty signature', '', [signer.raw]],
    ['a signature that is not base64', '%%%not base64%%%', [signer.raw]],
    ['a truncated signature', signature.slice(0, 40), [signer.raw]],
    ['a key of the wrong length', signature, ['AAAA']],
    ['a key that is not base64', signature, ['*']],
    ['a key that is not a string', signature, [42 as unknown as string]],
  ])('returns false, without throwing, for %s', async (_name, sig, keys) => {
    await expect(verifyFeedSignature(feed, sig, keys)).resolves.toBe(false);
  });
});

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });

  it('reads URL-safe base64 without padding', () => {
    expect(decodeBase64('-_8')).toEqual(Uint8Array.from([0xfb, 0xff]));
  });
});

// Ed25519 with WebCrypto only, so the extension's background and the CLI share one check. IT lists the
// publisher's public keys (base64, 32 raw bytes) in `feedPublicKeys`; several keys allow a key rotation
// without a gap. What is signed (the feed's scope and bytes) is defined in signed-feed.ts.

const ED25519 = { name: 'Ed25519' } as const;
const RAW_PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
/** The DER header of an Ed25519 SubjectPublicKeyInfo, accepted too since `openssl pkey -pubout` gives that. */
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

/** Standard or URL-safe base64, whitespace ignored; undefined when it is not base64. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const normalized = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normalized)) return undefined;
  try {
    const binary = atob(normalized.padEnd(Math.ceil(normalized.length / 4) * 4, '='));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function rawPublicKey(base64: string): Uint8Array<ArrayBuffer> | undefined {
  const bytes = decodeBase64(base64);
  if (bytes?.length === RAW_PUBLIC_KEY_BYTES) return bytes;
  const isSpki =
    bytes?.length === SPKI_PREFIX.length + RAW_PUBLIC_KEY_BYTES && SPKI_PREFIX.every((byte, i) => bytes[i] === byte);
  return isSpki ? bytes.slice(SPKI_PREFIX.length) : undefined;
}

async function verifiesWith(
  publicKeyBase64: string,
  signature: Uint8Array<ArrayBuffer>,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const raw = rawPublicKey(publicKeyBase64);
  if (!raw) return false;
  try {
    const key = await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, key, signature, bytes);
  } catch {
    return false;
  }
}

/** True when one of the keys signed exactly these bytes (a message); false on any malformed input, never throws. */
export async function verifyFeedSignature(
  bytes: Uint8Array,
  signatureBase64: string,
  publicKeysBase64: string[],
): Promise<boolean> {
  const signature = typeof signatureBase64 === 'string' ? decodeBase64(signatureBase64) : undefined;
  if (signature?.length !== SIGNATURE_BYTES || !Array.isArray(publicKeysBase64)) return false;
  // A copy, so a view on a larger or shared buffer is verified over exactly its own bytes.
  const message = new Uint8Array(bytes);
  for (const publicKey of publicKeysBase64) {
    if (typeof publicKey === 'string' && (await verifiesWith(publicKey, signature, message))) return true;
  }
  return false;
}

import { isAllowedUrl } from './allowed-url';
import { decodeBase64, encodeBase64, rawPublicKey, verifyFeedSignature } from './signature';

// A signed feed carries `<feed url>.sig`, a short text file:
//
//   herald-feed-signature 2
//   url https://comms.example.com/herald/feed.json      (one or more `url` or `origin` lines: the scope)
//   signature <base64 Ed25519>
//
// The signature covers the header, the scope lines in file order and the SHA-256 of the feed's exact
// bytes. Herald accepts the feed only at an address within the scope, so bytes signed for one feed cannot
// be served as another. Version 1 signed the bytes alone (valid at any address) and is refused.

export const SIGNATURE_HEADER = 'herald-feed-signature 2';

export type SignatureScope = { kind: 'url' | 'origin'; value: string };

export type SignatureFile = { scopes: SignatureScope[]; signature: string };

export type SignedFeedCheck = { ok: true; keyId: string } | { ok: false; message: string };

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}

function scopeLines(scopes: readonly SignatureScope[]): string {
  return scopes.map((scope) => `${scope.kind} ${scope.value}\n`).join('');
}

/** The exact bytes Ed25519 signs. */
export async function signedMessage(scopes: readonly SignatureScope[], feedBytes: Uint8Array): Promise<Uint8Array> {
  const digest = encodeBase64(await sha256(feedBytes));
  return new TextEncoder().encode(`${SIGNATURE_HEADER}\n${scopeLines(scopes)}sha256 ${digest}\n`);
}

export function formatSignatureFile({ scopes, signature }: SignatureFile): string {
  return `${SIGNATURE_HEADER}\n${scopeLines(scopes)}signature ${signature}\n`;
}

/** A scope as written in the file: a feed URL exactly as Herald fetches it, or an origin. */
export function normalizeScope(kind: SignatureScope['kind'], raw: string): SignatureScope | string {
  if (!isAllowedUrl(raw)) return `${raw}: not an https:// address (http:// only for localhost), without user info`;
  const url = new URL(raw);
  if (kind === 'url') return { kind, value: url.href };
  if (url.href !== `${url.origin}/`) return `${raw}: an origin has no path, query or fragment (e.g. ${url.origin})`;
  return { kind, value: url.origin };
}

const VERSION_1 =
  'a version 1 signature (of the bytes alone, valid at any address): re-sign the feed with a current herald-feed, "herald-feed sign <feed> --key <key> --url <feed URL>"';

export function parseSignatureFile(text: string): SignatureFile | string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 1 && decodeBase64(lines[0] ?? '') !== undefined) return VERSION_1;
  if (lines[0] !== SIGNATURE_HEADER)
    return `not a Herald feed signature (its first line must be "${SIGNATURE_HEADER}")`;
  const scopes: SignatureScope[] = [];
  for (const line of lines.slice(1, -1)) {
    const [kind, value, ...rest] = line.split(' ');
    if ((kind !== 'url' && kind !== 'origin') || value === undefined || rest.length > 0) {
      return `the signature file has a line Herald does not know: "${line.slice(0, 80)}"`;
    }
    const scope = normalizeScope(kind, value);
    if (typeof scope === 'string' || scope.value !== value)
      return `the signature file has a malformed scope: "${line}"`;
    scopes.push(scope);
  }
  const last = lines.at(-1)?.split(' ') ?? [];
  if (last[0] !== 'signature' || last.length !== 2 || !last[1])
    return 'the signature file has no "signature" line last';
  if (scopes.length === 0) return 'the signature file names no feed URL or origin';
  return { scopes, signature: last[1] };
}

export function scopeCovers(scope: SignatureScope, feedUrl: string): boolean {
  if (!URL.canParse(feedUrl)) return false;
  const url = new URL(feedUrl);
  return scope.kind === 'url' ? url.href === scope.value : url.origin === scope.value;
}

/** A short, stable name for a public key: the first 8 bytes of the SHA-256 of its raw 32 bytes, in hex. */
export async function publicKeyId(publicKeyBase64: string): Promise<string> {
  const raw = rawPublicKey(publicKeyBase64);
  if (!raw) return 'invalid-key';
  const digest = await sha256(raw);
  return [...digest.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks a feed fetched from `feedUrl` against its signature file: the address within the scope, and the
 * scope and bytes signed by one of the keys. Never throws; says why on refusal.
 */
export async function verifySignedFeed(
  feedBytes: Uint8Array,
  signatureText: string,
  feedUrl: string,
  publicKeys: readonly string[],
): Promise<SignedFeedCheck> {
  const file = parseSignatureFile(signatureText);
  if (typeof file === 'string') return { ok: false, message: file };
  if (!file.scopes.some((scope) => scopeCovers(scope, feedUrl))) {
    const signedFor = file.scopes.map((scope) => scope.value).join(', ');
    return { ok: false, message: `the signature is for ${signedFor}, not for ${feedUrl}` };
  }
  const message = await signedMessage(file.scopes, feedBytes);
  for (const key of publicKeys) {
    if (await verifyFeedSignature(message, file.signature, [key])) return { ok: true, keyId: await publicKeyId(key) };
  }
  return { ok: false, message: 'the signature does not match any configured key' };
}

import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { formatSignatureFile, normalizeScope, type SignatureScope, signedMessage } from '../../shared/feed/signed-feed';
import { InputError } from './read-source';

/** The 32 raw bytes of an Ed25519 public key, base64: what IT lists in `feedPublicKeys`. */
export function rawPublicKeyBase64(key: KeyObject): string {
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return spki.subarray(-32).toString('base64');
}

export function generateSigningKey(): { privatePem: string; publicKey: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: rawPublicKeyBase64(privateKey),
  };
}

export function readSigningKey(pem: string, name: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new InputError(`${name}: not a private key in PEM format`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new InputError(
      `${name}: an ${key.asymmetricKeyType} key; Herald feeds are signed with Ed25519 (herald-feed keygen)`,
    );
  }
  return key;
}

/**
 * The PEM of a private key held in an environment variable (a CI secret): the whole `.pem` text, or only its
 * base64 line, which GitLab can mask where it cannot mask a value with line breaks and spaces.
 */
export function pemFromSecret(value: string): string {
  if (value.includes('-----BEGIN')) return value;
  return `-----BEGIN PRIVATE KEY-----\n${value.replace(/\s+/g, '')}\n-----END PRIVATE KEY-----\n`;
}

/** Ed25519 over the exact bytes: any later change, even re-indenting the JSON, breaks the signature. */
export function signBytes(bytes: Uint8Array, key: KeyObject): string {
  return sign(null, bytes, key).toString('base64');
}

/** The scopes from `--url` and `--origin`, normalized as Herald compares them; an InputError otherwise. */
export function readScopes(urls: readonly string[], origins: readonly string[]): SignatureScope[] {
  const scopes = [
    ...urls.map((url) => normalizeScope('url', url)),
    ...origins.map((origin) => normalizeScope('origin', origin)),
  ];
  const problem = scopes.find((scope) => typeof scope === 'string');
  if (problem !== undefined) throw new InputError(problem);
  if (scopes.length === 0) {
    throw new InputError('sign needs --url <the feed URL Herald fetches> (or --origin <https://host>)');
  }
  return scopes as SignatureScope[];
}

/** The content of `<feed>.sig`: the feed's bytes, bound to the addresses it may be served from. */
export async function signFeed(bytes: Uint8Array, scopes: SignatureScope[], key: KeyObject): Promise<string> {
  const signature = signBytes(await signedMessage(scopes, bytes), key);
  return formatSignatureFile({ scopes, signature });
}

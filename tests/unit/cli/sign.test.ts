import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyFeedSignature } from '../../../shared/feed/signature';
import { herald, tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();

async function signedFeed() {
  const dir = await tempDir();
  await writeFile(join(dir, 'feed.json'), '{ "version": 1, "items": [] }\n');
  const keygen = await herald(['keygen', '-o', 'lumen'], { cwd: dir });
  const publicKey = (await readFile(join(dir, 'lumen.pub'), 'utf8')).trim();
  const sign = await herald(['sign', 'feed.json', '--key', 'lumen.pem'], { cwd: dir });
  return { dir, keygen, sign, publicKey };
}

describe('herald-feed keygen, sign and verify', () => {
  it('makes a private key readable by its owner only and prints the 32-byte public key', async () => {
    const { dir, keygen, publicKey } = await signedFeed();
    expect(keygen.code).toBe(0);
    expect((await stat(join(dir, 'lumen.pem'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'lumen.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(Buffer.from(publicKey, 'base64')).toHaveLength(32);
    expect(keygen.out).toContain(publicKey);
  });

  it('refuses to overwrite a key pair unless told to', async () => {
    const { dir } = await signedFeed();
    const again = await herald(['keygen', '-o', 'lumen'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect((await herald(['keygen', '-o', 'lumen', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('signs the exact bytes into feed.json.sig, which the extension check accepts', async () => {
    const { dir, sign, publicKey } = await signedFeed();
    expect(sign.code).toBe(0);
    expect(sign.out).toContain(publicKey);
    const signature = await readFile(join(dir, 'feed.json.sig'), 'utf8');
    const bytes = new Uint8Array(await readFile(join(dir, 'feed.json')));
    expect(await verifyFeedSignature(bytes, signature.trim(), [publicKey])).toBe(true);
  });

  it('verifies a signed feed and fails once a single byte changes', async () => {
    const { dir, publicKey } = await signedFeed();
    const ok = await herald(['verify', 'feed.json', '--public-key', publicKey], { cwd: dir });
    expect(ok.out).toContain('the signature is valid');
    expect(ok.code).toBe(0);
    await writeFile(join(dir, 'feed.json'), '{ "version": 1, "items": [] } \n');
    const tampered = await herald(['verify', 'feed.json', '--public-key', publicKey], { cwd: dir });
    expect(tampered.out).toContain('does not match');
    expect(tampered.code).toBe(1);
  });

  it('fails verification with a key that did not sign', async () => {
    const { dir } = await signedFeed();
    await herald(['keygen', '-o', 'other'], { cwd: dir });
    const otherKey = (await readFile(join(dir, 'other.pub'), 'utf8')).trim();
    expect((await herald(['verify', 'feed.json', '-p', otherKey], { cwd: dir })).code).toBe(1);
  });

  it('refuses a key that is not Ed25519, naming the file', async () => {
    const { dir } = await signedFeed();
    await writeFile(join(dir, 'not-a-key.pem'), 'hello');
    const run = await herald(['sign', 'feed.json', '--key', 'not-a-key.pem'], { cwd: dir });
    expect(run.err).toBe('error: not-a-key.pem: not a private key in PEM format');
    expect(run.code).toBe(1);
  });
});

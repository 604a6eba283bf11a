import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifySignedFeed } from '../../../shared/feed/signed-feed';
import { herald, tempDirsRemovedAfterEach } from './cli-harness';

const tempDir = tempDirsRemovedAfterEach();
const FEED_URL = 'https://comms.example.com/herald/feed.json';

async function signedFeed() {
  const dir = await tempDir();
  await writeFile(join(dir, 'feed.json'), '{ "version": 1, "items": [] }\n');
  const keygen = await herald(['keygen', '-o', 'lumen'], { cwd: dir });
  const publicKey = (await readFile(join(dir, 'lumen.pub'), 'utf8')).trim();
  const sign = await herald(['sign', 'feed.json', '--key', 'lumen.pem', '--url', FEED_URL], { cwd: dir });
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

  it('signs the exact bytes for the feed URL into feed.json.sig, which the extension check accepts there only', async () => {
    const { dir, sign, publicKey } = await signedFeed();
    expect(sign.code).toBe(0);
    expect(sign.out).toContain(publicKey);
    const signature = await readFile(join(dir, 'feed.json.sig'), 'utf8');
    expect(signature).toMatch(new RegExp(`^herald-feed-signature 2\nurl ${FEED_URL}\nsignature \\S+\n$`));
    const bytes = new Uint8Array(await readFile(join(dir, 'feed.json')));
    expect(await verifySignedFeed(bytes, signature, FEED_URL, [publicKey])).toMatchObject({ ok: true });
    expect(await verifySignedFeed(bytes, signature, 'https://comms.example.com/other.json', [publicKey])).toEqual({
      ok: false,
      message: `the signature is for ${FEED_URL}, not for https://comms.example.com/other.json`,
    });
  });

  it('needs the address the feed is served from, and takes origins too', async () => {
    const { dir } = await signedFeed();
    const bare = await herald(['sign', 'feed.json', '--key', 'lumen.pem'], { cwd: dir });
    expect(bare.code).toBe(1);
    expect(bare.err).toContain('sign needs --url');
    const origins = await herald(
      [
        'sign',
        'feed.json',
        '-k',
        'lumen.pem',
        '--origin',
        'https://comms.example.com',
        '--origin',
        'https://cdn.example',
      ],
      { cwd: dir },
    );
    expect(origins.code).toBe(0);
    expect(await readFile(join(dir, 'feed.json.sig'), 'utf8')).toContain(
      'origin https://comms.example.com\norigin https://cdn.example\n',
    );
    const withPath = await herald(['sign', 'feed.json', '-k', 'lumen.pem', '--origin', FEED_URL], { cwd: dir });
    expect(withPath.err).toContain('an origin has no path');
  });

  it('verifies a signed feed and fails once a single byte changes', async () => {
    const { dir, publicKey } = await signedFeed();
    const ok = await herald(['verify', 'feed.json', '--public-key', publicKey, '--url', FEED_URL], { cwd: dir });
    expect(ok.out).toContain(`the signature is valid for ${FEED_URL}`);
    expect(ok.code).toBe(0);
    await writeFile(join(dir, 'feed.json'), '{ "version": 1, "items": [] } \n');
    const tampered = await herald(['verify', 'feed.json', '--public-key', publicKey, '-u', FEED_URL], { cwd: dir });
    expect(tampered.out).toContain('does not match');
    expect(tampered.code).toBe(1);
  });

  it('fails verification with a key that did not sign', async () => {
    const { dir } = await signedFeed();
    await herald(['keygen', '-o', 'other'], { cwd: dir });
    const otherKey = (await readFile(join(dir, 'other.pub'), 'utf8')).trim();
    expect((await herald(['verify', 'feed.json', '-p', otherKey, '-u', FEED_URL], { cwd: dir })).code).toBe(1);
  });

  it('fails verification for another address than the one signed', async () => {
    const { dir, publicKey } = await signedFeed();
    const run = await herald(['verify', 'feed.json', '-p', publicKey, '-u', 'https://evil.example/feed.json'], {
      cwd: dir,
    });
    expect(run.out).toContain(`the signature is for ${FEED_URL}, not for https://evil.example/feed.json`);
    expect(run.code).toBe(1);
  });

  it('refuses a key that is not Ed25519, naming the file', async () => {
    const { dir } = await signedFeed();
    await writeFile(join(dir, 'not-a-key.pem'), 'hello');
    const run = await herald(['sign', 'feed.json', '--key', 'not-a-key.pem', '--url', FEED_URL], { cwd: dir });
    expect(run.err).toBe('error: not-a-key.pem: not a private key in PEM format');
    expect(run.code).toBe(1);
  });
});

describe('herald-feed sign --key-env, for a key in a CI secret', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('signs with the key from the environment exactly as with the key file', async () => {
    const { dir } = await signedFeed();
    const fromFile = await readFile(join(dir, 'feed.json.sig'), 'utf8');
    vi.stubEnv('HERALD_FEED_KEY', await readFile(join(dir, 'lumen.pem'), 'utf8'));
    const run = await herald(['sign', 'feed.json', '--key-env', 'HERALD_FEED_KEY', '--url', FEED_URL], { cwd: dir });
    expect(run.code).toBe(0);
    // Ed25519 signatures are deterministic: the same key over the same message gives the same bytes.
    expect(await readFile(join(dir, 'feed.json.sig'), 'utf8')).toBe(fromFile);
  });

  it('takes the base64 line alone, which GitLab can mask', async () => {
    const { dir, publicKey } = await signedFeed();
    const fromFile = await readFile(join(dir, 'feed.json.sig'), 'utf8');
    const pem = await readFile(join(dir, 'lumen.pem'), 'utf8');
    const line = pem
      .split('\n')
      .filter((row) => row && !row.startsWith('-----'))
      .join('');
    vi.stubEnv('HERALD_FEED_KEY', line);
    const run = await herald(['sign', 'feed.json', '--key-env', 'HERALD_FEED_KEY', '-u', FEED_URL, '-o', 'env.sig'], {
      cwd: dir,
    });
    expect(run.out).toContain(publicKey);
    expect(await readFile(join(dir, 'env.sig'), 'utf8')).toBe(fromFile);
  });

  it('names an empty or missing variable, and a bad key, without printing the value', async () => {
    const { dir } = await signedFeed();
    vi.stubEnv('HERALD_FEED_KEY', '');
    const empty = await herald(['sign', 'feed.json', '--key-env', 'HERALD_FEED_KEY', '-u', FEED_URL], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('the environment variable HERALD_FEED_KEY is empty or not set');
    vi.stubEnv('HERALD_FEED_KEY', 'c2VjcmV0LWJ1dC1ub3QtYS1rZXk=');
    const bad = await herald(['sign', 'feed.json', '--key-env', 'HERALD_FEED_KEY', '-u', FEED_URL], { cwd: dir });
    expect(bad.err).toBe('error: the environment variable HERALD_FEED_KEY: not a private key in PEM format');
    expect(bad.code).toBe(1);
  });

  it('takes one key: --key and --key-env together are a usage mistake, neither is named', async () => {
    const { dir } = await signedFeed();
    const both = await herald(['sign', 'feed.json', '-k', 'lumen.pem', '--key-env', 'K', '-u', FEED_URL], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.err).toContain('use --key or --key-env, not both');
    const neither = await herald(['sign', 'feed.json', '-u', FEED_URL], { cwd: dir });
    expect(neither.code).toBe(1);
    expect(neither.err).toContain('sign needs --key <private.pem> or --key-env <NAME>');
  });

  it('says so in its --help', async () => {
    expect((await herald(['sign', '--help'])).out).toContain('--key-env <NAME>');
  });
});

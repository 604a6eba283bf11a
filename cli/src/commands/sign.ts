import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { InputError, readSource } from '../read-source';
import { pemFromSecret, rawPublicKeyBase64, readScopes, readSigningKey, signFeed } from '../signing';

/** The private key's PEM and how to name it in a message, from --key (a file) or --key-env (a CI secret). */
async function readKeyPem(
  file: string | undefined,
  envName: string | undefined,
  io: CliIo,
): Promise<{ pem: string; name: string }> {
  if (file !== undefined && envName !== undefined) throw new UsageError('use --key or --key-env, not both');
  if (envName !== undefined) {
    const value = process.env[envName]?.trim();
    if (!value) {
      throw new InputError(
        `the environment variable ${envName} is empty or not set: put the private key there (from "herald-feed keygen")`,
      );
    }
    // The name, never the value: a message can end up in a public CI log.
    return { pem: pemFromSecret(value), name: `the environment variable ${envName}` };
  }
  if (file === undefined) {
    throw new InputError('sign needs --key <private.pem> or --key-env <NAME> (make a key with "herald-feed keygen")');
  }
  try {
    return { pem: await readFile(resolve(io.cwd, file), 'utf8'), name: file };
  } catch {
    throw new InputError(`${file}: cannot read the key file`);
  }
}

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a feed file: writes <feed>.sig',
  help: `Usage: herald-feed sign <feed.json> --key <private.pem> --url <feed URL> [-o feed.json.sig]
       herald-feed sign <feed.json> --key-env <NAME> --url <feed URL> [-o feed.json.sig]

Signs the feed file's exact bytes together with the addresses it may be served from
(Ed25519), and writes <feed>.sig. Publish it next to the feed: Herald fetches
<feed url>.sig when IT has set "feedPublicKeys", and refuses a feed whose signature
does not match, or that it fetched from an address the signature does not name.

Sign last: any change to the file afterwards, even re-indenting, breaks the signature.

Options:
  -k, --key <file>      the private key from "herald-feed keygen"
      --key-env <NAME>  or read it from this environment variable, e.g. a CI secret, so it
                        is never written to disk: the .pem file's text, or only its
                        base64 line (GitLab can mask that one)
  -u, --url <url>       the feed's URL, exactly as IT or employees configure it (repeatable)
      --origin <url>    or every feed on this origin, e.g. https://comms.example.com (repeatable)
  -o, --output <file>   where to write the signature (default: <feed>.sig)

Exit codes: 0 signed, 1 a file cannot be read or the key is not valid, 2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      {
        key: { type: 'string', short: 'k' },
        'key-env': { type: 'string' },
        output: { type: 'string', short: 'o' },
        url: { type: 'string', short: 'u', multiple: true },
        origin: { type: 'string', multiple: true },
      },
      { min: 1, max: 1 },
    );
    const feedFile = positionals[0];
    if (wantsHelp || feedFile === undefined) {
      io.out(this.help);
      return 0;
    }
    const { pem, name } = await readKeyPem(values.key, values['key-env'], io);
    const scopes = readScopes(values.url ?? [], values.origin ?? []);
    const key = readSigningKey(pem, name);
    const bytes = await readSource(feedFile, io.cwd);
    const output = values.output ?? `${feedFile}.sig`;
    await writeFile(resolve(io.cwd, output), await signFeed(bytes, scopes, key));
    io.out(
      `signed ${feedFile} (${bytes.byteLength} bytes) for ${scopes.map((scope) => scope.value).join(', ')}: ${output}`,
    );
    io.out(`it verifies with the public key ${rawPublicKeyBase64(key)}`);
    return 0;
  },
};

import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { InputError, readSource } from '../read-source';
import { rawPublicKeyBase64, readScopes, readSigningKey, signFeed } from '../signing';

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a feed file: writes <feed>.sig',
  help: `Usage: herald-feed sign <feed.json> --key <private.pem> --url <feed URL> [-o feed.json.sig]

Signs the feed file's exact bytes together with the addresses it may be served from
(Ed25519), and writes <feed>.sig. Publish it next to the feed: Herald fetches
<feed url>.sig when IT has set "feedPublicKeys", and refuses a feed whose signature
does not match, or that it fetched from an address the signature does not name.

Sign last: any change to the file afterwards, even re-indenting, breaks the signature.

Options:
  -k, --key <file>      the private key from "herald-feed keygen"
  -u, --url <url>       the feed's URL, exactly as IT or employees configure it (repeatable)
      --origin <url>    or every feed on this origin, e.g. https://comms.example.com (repeatable)
  -o, --output <file>   where to write the signature (default: <feed>.sig)

Exit codes: 0 signed, 1 a file cannot be read or the key is not valid, 2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      {
        key: { type: 'string', short: 'k' },
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
    if (!values.key) throw new InputError('sign needs --key <private.pem> (make one with "herald-feed keygen")');
    const scopes = readScopes(values.url ?? [], values.origin ?? []);
    let pem: string;
    try {
      pem = await readFile(resolve(io.cwd, values.key), 'utf8');
    } catch {
      throw new InputError(`${values.key}: cannot read the key file`);
    }
    const key = readSigningKey(pem, values.key);
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

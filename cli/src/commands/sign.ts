import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { InputError, readSource } from '../read-source';
import { rawPublicKeyBase64, readSigningKey, signBytes } from '../signing';

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a feed file: writes <feed>.sig',
  help: `Usage: herald-feed sign <feed.json> --key <private.pem> [-o feed.json.sig]

Signs the exact bytes of the feed file with Ed25519 and writes the signature, base64,
to <feed>.sig. Publish it next to the feed: Herald fetches <feed url>.sig when IT has
set "feedPublicKeys", and refuses a feed whose signature does not match.

Sign last: any change to the file afterwards, even re-indenting, breaks the signature.

Options:
  -k, --key <file>      the private key from "herald-feed keygen"
  -o, --output <file>   where to write the signature (default: <feed>.sig)`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { key: { type: 'string', short: 'k' }, output: { type: 'string', short: 'o' } },
      { min: 1, max: 1 },
    );
    const feedFile = positionals[0];
    if (wantsHelp || feedFile === undefined) {
      io.out(this.help);
      return 0;
    }
    if (!values.key) throw new InputError('sign needs --key <private.pem> (make one with "herald-feed keygen")');
    let pem: string;
    try {
      pem = await readFile(resolve(io.cwd, values.key), 'utf8');
    } catch {
      throw new InputError(`${values.key}: cannot read the key file`);
    }
    const key = readSigningKey(pem, values.key);
    const bytes = await readSource(feedFile, io.cwd);
    const output = values.output ?? `${feedFile}.sig`;
    await writeFile(resolve(io.cwd, output), `${signBytes(bytes, key)}\n`);
    io.out(`signed ${feedFile} (${bytes.byteLength} bytes): ${output}`);
    io.out(`it verifies with the public key ${rawPublicKeyBase64(key)}`);
    return 0;
  },
};

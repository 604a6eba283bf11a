import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../command';
import { paint } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { InputError } from '../read-source';
import { generateSigningKey } from '../signing';

export const keygenCommand: Command = {
  name: 'keygen',
  summary: 'make an Ed25519 key pair to sign feeds',
  help: `Usage: herald-feed keygen [-o name]

Makes an Ed25519 key pair for signing feeds:
  <name>.pem   the private key (PKCS#8 PEM, readable by you only). Keep it secret,
               out of the folder you publish; "sign" uses it.
  <name>.pub   the public key: 32 bytes, base64. It is also printed. Give it to IT
               for Herald's managed setting "feedPublicKeys".

Options:
  -o, --output <name>   file name without extension (default: herald-feed-key)
  --force               overwrite existing files

Exit codes: 0 keys written, 1 a file exists (without --force) or cannot be written,
2 a usage mistake.`,
  async run(args, io) {
    const { values, wantsHelp } = parseCommandArgs(
      args,
      { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
      { min: 0, max: 0 },
    );
    if (wantsHelp) {
      io.out(this.help);
      return 0;
    }
    const name = (values.output ?? 'herald-feed-key').replace(/\.pem$/, '');
    const { privatePem, publicKey } = generateSigningKey();
    const flag = values.force ? 'w' : 'wx';
    try {
      await writeFile(resolve(io.cwd, `${name}.pem`), privatePem, { mode: 0o600, flag });
      await writeFile(resolve(io.cwd, `${name}.pub`), `${publicKey}\n`, { flag });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new InputError(`${name}.pem or ${name}.pub already exists: choose another name or add --force`);
      }
      throw error;
    }
    io.out(`private key: ${name}.pem (keep it secret; never publish it)`);
    io.out(`public key:  ${name}.pub`);
    io.out('');
    io.out('Public key for Herald\'s "feedPublicKeys" setting:');
    io.out(paint(io, 'bold', publicKey));
    return 0;
  },
};

import { verifyFeedSignature } from '../../../shared/feed/signature';
import type { Command } from '../command';
import { paint } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { InputError, readSource } from '../read-source';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a feed against its .sig, as Herald does',
  help: `Usage: herald-feed verify <feed.json | https://…/feed.json> --public-key <base64> [--signature <file>]

Checks that <feed>.sig is a valid Ed25519 signature of the feed's exact bytes by one
of the given public keys, exactly as Herald checks it. Exit code 0 if it is, 1 if not.

Options:
  -p, --public-key <base64>   a public key (repeat for several, as in "feedPublicKeys")
  -s, --signature <file|url>  the signature (default: <feed>.sig)`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      { 'public-key': { type: 'string', short: 'p', multiple: true }, signature: { type: 'string', short: 's' } },
      { min: 1, max: 1 },
    );
    const feed = positionals[0];
    if (wantsHelp || feed === undefined) {
      io.out(this.help);
      return 0;
    }
    const keys = values['public-key'] ?? [];
    if (keys.length === 0) throw new InputError('verify needs --public-key <base64> (printed by keygen and sign)');
    const signatureSource = values.signature ?? `${feed}.sig`;
    const bytes = await readSource(feed, io.cwd);
    const signature = new TextDecoder().decode(await readSource(signatureSource, io.cwd)).trim();
    if (await verifyFeedSignature(bytes, signature, keys)) {
      io.out(paint(io, 'green', `${feed}: the signature is valid`));
      return 0;
    }
    io.out(paint(io, 'red', `${feed}: the signature does not match these bytes and keys`));
    return 1;
  },
};

import { verifySignedFeed } from '../../../shared/feed/signed-feed';
import type { Command } from '../command';
import { paint } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { InputError, isUrl, readSource } from '../read-source';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a feed against its .sig, as Herald does',
  help: `Usage: herald-feed verify <feed.json | https://…/feed.json> --public-key <base64> [--url <feed URL>]

Checks <feed>.sig exactly as Herald does: signed by one of the given public keys, over
the feed's exact bytes and addresses that include the one Herald fetches. Exit code 0
if it is valid, 1 if not.

Options:
  -p, --public-key <base64>   a public key (repeat for several, as in "feedPublicKeys")
  -u, --url <url>             the address Herald fetches the feed from (default: the feed's, when a URL)
  -s, --signature <file|url>  the signature (default: <feed>.sig)

Exit codes: 0 the signature is valid, 1 it is not (or a file cannot be read),
2 a usage mistake.`,
  async run(args, io) {
    const { values, positionals, wantsHelp } = parseCommandArgs(
      args,
      {
        'public-key': { type: 'string', short: 'p', multiple: true },
        signature: { type: 'string', short: 's' },
        url: { type: 'string', short: 'u' },
      },
      { min: 1, max: 1 },
    );
    const feed = positionals[0];
    if (wantsHelp || feed === undefined) {
      io.out(this.help);
      return 0;
    }
    const keys = values['public-key'] ?? [];
    if (keys.length === 0) throw new InputError('verify needs --public-key <base64> (printed by keygen and sign)');
    const feedUrl = values.url ?? (isUrl(feed) ? feed : undefined);
    if (feedUrl === undefined)
      throw new InputError('verify needs --url <the feed URL Herald fetches> for a local file');
    const signatureSource = values.signature ?? `${feed}.sig`;
    const bytes = await readSource(feed, io.cwd);
    const signature = new TextDecoder().decode(await readSource(signatureSource, io.cwd));
    const check = await verifySignedFeed(bytes, signature, feedUrl, keys);
    if (check.ok) {
      io.out(paint(io, 'green', `${feed}: the signature is valid for ${feedUrl} (key ${check.keyId})`));
      return 0;
    }
    io.out(paint(io, 'red', `${feed}: ${check.message}`));
    return 1;
  },
};

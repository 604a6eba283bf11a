// Kept apart from the zod schema so that code which only checks links (share intents, the options
// page) does not pull zod into its bundle.

/**
 * https everywhere; http only for localhost, so a comms team can try a feed on its own machine. Never with
 * user info: `https://lumen.example@evil.example/` reads as Lumen's address but leads to evil.example.
 */
export function isAllowedUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // `new URL` drops an empty user info (`https://@evil.example/`), so the raw text is checked too.
  if (url.username || url.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(value.trim())) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

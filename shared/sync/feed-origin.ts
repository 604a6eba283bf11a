/**
 * The host permission pattern Herald asks for to read a feed: its scheme and host, any port. Firefox's match
 * patterns have no port (one with a port is refused as not declared in the manifest), and Chromium's
 * port-less pattern matches every port, so both browsers get the same pattern. Feeds on one host share it.
 */
export function feedPermissionOrigin(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export type InstanceHostResult = { ok: true; host: string } | { ok: false; message: string };

/**
 * The host name of a server the employee or IT names ("social.example", "https://social.example/home",
 * "@ana@social.example"), or why it is not one. Only a bare host is kept: Herald asks for that one origin,
 * over https, and registers its content script there.
 */
export function parseInstanceHost(input: string): InstanceHostResult {
  const given = input.trim();
  const handle = given.match(/^@?[\p{L}\p{N}_]+@([^@\s/]+)$/u);
  const candidate = handle?.[1] ?? given.replace(/^https:\/\//i, '').replace(/\/.*$/s, '');
  if (candidate === '') return { ok: false, message: 'Enter the address of your server, like social.example.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate) || !URL.canParse(`https://${candidate}/`)) {
    return { ok: false, message: `“${given}” is not a server address: enter one like social.example.` };
  }
  const url = new URL(`https://${candidate}/`);
  if (url.host !== url.hostname || url.username || url.password || !url.hostname.includes('.')) {
    return { ok: false, message: `“${given}” is not a server address: enter one like social.example.` };
  }
  return { ok: true, host: url.hostname };
}

/** The valid hosts among `inputs`, each once, in order; what is not a host is dropped. */
export function instanceHosts(inputs: readonly string[]): string[] {
  const hosts = inputs.flatMap((input) => {
    const parsed = parseInstanceHost(input);
    return parsed.ok ? [parsed.host] : [];
  });
  return [...new Set(hosts)];
}

/** The https origin pattern Herald asks for, and registers its content script on, for a server. */
export function instanceOrigin(host: string): string {
  return `https://${host}/*`;
}

import { browser } from 'wxt/browser';
import { serialQueue } from '../../shared/async/serial-queue';
import { instanceOrigin } from '../../shared/sites/instance-host';
import { namedInstances } from '../named-instances';

/** One registration covers every named server; its matches are rewritten as servers come and go. */
export const INSTANCE_SCRIPT_ID = 'herald-instances';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The origins among `origins` Herald may run on: the employee granted them (or the build did). */
async function granted(origins: string[]): Promise<string[]> {
  const checks = await Promise.all(origins.map((origin) => browser.permissions.contains({ origins: [origin] })));
  return origins.filter((_, index) => checks[index]);
}

async function reconcile(): Promise<string[]> {
  const named = Object.values(await namedInstances()).flat();
  const matches = await granted([...new Set(named.map(instanceOrigin))]);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [INSTANCE_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [INSTANCE_SCRIPT_ID] });
    return matches;
  }
  const script = { id: INSTANCE_SCRIPT_ID, js: [CONTENT_SCRIPT], matches, runAt: 'document_idle' as const };
  if (existing) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  return matches;
}

const queued = serialQueue();

/**
 * Makes the content script registered on exactly the named servers Herald holds a permission for. The
 * manifest cannot list servers on any domain (Mastodon's), so they are registered at run time; called at
 * every start of the background and whenever the servers or the permissions change, so a registration
 * lost or left over is mended. One at a time: a permission and the server list often change together, and
 * two overlapping runs would both find no registration and both register.
 */
export function syncInstanceScripts(): Promise<string[]> {
  return queued(reconcile);
}

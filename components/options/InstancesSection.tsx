import { type FormEvent, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { instanceOrigin, parseInstanceHost } from '../../shared/sites/instance-host';
import { mergeInstances } from '../../shared/sites/merge-instances';
import type { NetworkProfile } from '../../shared/sites/network-profile';
import type { InstanceSite } from '../../shared/sites/registry';
import { managedInstances } from '../../shared/sync/managed-instances';
import { instanceHostsItem, managedConfigCacheItem, userFeedUrlsItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';

/** Which of `hosts` Herald holds a permission for, re-read whenever permissions change. */
function useGrantedHosts(hosts: readonly string[]): ReadonlySet<string> | undefined {
  const [granted, setGranted] = useState<ReadonlySet<string>>();
  const key = hosts.join(' ');
  useEffect(() => {
    let alive = true;
    const read = async () => {
      const list = key ? key.split(' ') : [];
      const checks = await Promise.all(
        list.map((host) => browser.permissions.contains({ origins: [instanceOrigin(host)] })),
      );
      if (alive) setGranted(new Set(list.filter((_, index) => checks[index])));
    };
    void read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, [key]);
  return granted;
}

async function setOwnHosts(site: InstanceSite, change: (hosts: readonly string[]) => string[]): Promise<void> {
  const all = await instanceHostsItem.getValue();
  await instanceHostsItem.setValue({ ...all, [site]: change(all[site] ?? []) });
}

/**
 * The servers of a network on any domain (Mastodon): the employee names theirs, Herald asks for that one
 * origin and registers its content script there; IT's servers are listed, locked, with an Allow button
 * where the employee has not granted the permission yet (a browser asks the person, never the policy).
 */
export function InstancesSection({ network }: { network: NetworkProfile<InstanceSite> }) {
  const organisation = managedInstances(useStorageItem(managedConfigCacheItem) ?? {});
  const managed = organisation[network.site] ?? [];
  // The same list, in the same order, as the background registers the script on.
  const listed = mergeInstances(organisation, useStorageItem(instanceHostsItem) ?? {})[network.site] ?? [];
  const granted = useGrantedHosts(listed);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const id = `instances-${network.site}`;

  /** Asks for the server's origin; must run inside the click's user gesture, before anything is awaited. */
  function allow(host: string, then: () => Promise<void> = async () => {}) {
    const asked = browser.permissions.request({ origins: [instanceOrigin(host)] });
    setStatus(`Waiting for your permission to work on ${host}…`);
    void asked.then(
      async (yes) => {
        if (!yes) {
          setStatus(`Herald does not work on ${host}: it needs your permission. Try again and choose Allow.`);
          return;
        }
        await then();
        setStatus(`Herald now works on ${host}. Reload any ${network.label} tab that was already open there.`);
      },
      (error: unknown) => setStatus(`Could not ask for permission: ${String(error)}`),
    );
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const parsed = parseInstanceHost(address);
    if (!parsed.ok) {
      setStatus(parsed.message);
      return;
    }
    const { host } = parsed;
    if (listed.includes(host)) {
      setStatus(`${host} is already in the list.`);
      return;
    }
    allow(host, async () => {
      await setOwnHosts(network.site, (hosts) => [...hosts, host]);
      setAddress('');
    });
  }

  async function remove(host: string) {
    await setOwnHosts(network.site, (hosts) => hosts.filter((kept) => kept !== host));
    // The origin stays granted where something else still needs it: IT's server, or a feed hosted there.
    const feedHosts = (await userFeedUrlsItem.getValue()).map((url) => URL.parse(url)?.hostname);
    if (!managed.includes(host) && !feedHosts.includes(host)) {
      // A browser refuses to take back an origin the install itself granted; the server is off the list, and
      // the background unregisters the script there, either way.
      await browser.permissions.remove({ origins: [instanceOrigin(host)] }).catch(() => false);
    }
    setStatus(`Herald no longer works on ${host}.`);
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{network.label} servers</h2>
      <p className="hint">
        {network.label} lives on many servers. Name yours and Herald asks your permission to work there, on that site
        only.
      </p>
      {listed.length > 0 && (
        <ul className="instance-list" aria-label={`Your ${network.label} servers`}>
          {listed.map((host) => (
            <li key={host} className="instance-row">
              <span className="instance-host">{host}</span>
              {managed.includes(host) && <span className="badge badge-managed">Set by your organisation</span>}
              {granted && !granted.has(host) && (
                <button type="button" onClick={() => allow(host)}>
                  Allow Herald on {host}
                </button>
              )}
              {!managed.includes(host) && (
                <button
                  type="button"
                  onClick={() =>
                    remove(host).catch((error: unknown) => setStatus(`Could not remove ${host}: ${String(error)}`))
                  }
                  aria-label={`Remove ${host}`}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="add-feed" onSubmit={add} noValidate>
        <label htmlFor={`${id}-address`}>Server address</label>
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="social.example"
          aria-describedby={`${id}-hint`}
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit">Add server</button>
        <p id={`${id}-hint`} className="hint">
          The address you sign in at, like social.example, or your handle, like @you@social.example.
        </p>
      </form>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}

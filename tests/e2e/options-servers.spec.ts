// Mastodon lives on any domain: the employee names their server in Options, Herald asks for that one origin
// and runs there; removing the server takes Herald away again. The e2e build grants the playground server's
// origin up front (headless Chromium cannot answer the prompt), so Allow is taken as given.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { heraldWorker, MASTODON_SERVER } from './harness/launch-herald.mjs';
import { mastodon } from './harness/playgrounds.mjs';
import { nameServers } from './pages/herald-library';

async function openServers(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page.getByRole('region', { name: 'Mastodon servers' });
}

async function heraldRunsOnServer(page: Page): Promise<boolean> {
  await page.goto(mastodon.url);
  const editor = await mastodon.openComposer(page);
  await editor.click();
  await page.keyboard.type('Hello');
  return page
    .locator('herald-composer-ui')
    .waitFor({ state: 'attached', timeout: 3_000 })
    .then(
      () => true,
      () => false,
    );
}

test('a server named by handle is added, Herald runs on it, and removing it takes Herald away', async ({
  context,
  page,
  extensionId,
}) => {
  await nameServers(context, {});
  const servers = await openServers(page, extensionId);
  await expect(servers.getByRole('list')).toHaveCount(0);

  await servers.getByLabel('Server address').fill(`@ana@${MASTODON_SERVER}`);
  await servers.getByRole('button', { name: 'Add server' }).click();
  await expect(servers.getByRole('status')).toHaveText(
    `Herald now works on ${MASTODON_SERVER}. Reload any Mastodon tab that was already open there.`,
  );
  await expect(servers.getByRole('listitem')).toHaveText([`${MASTODON_SERVER}Remove`]);
  await expect(servers.getByLabel('Server address')).toHaveValue('');

  const site = await context.newPage();
  expect(await heraldRunsOnServer(site)).toBe(true);

  await servers.getByRole('button', { name: `Remove ${MASTODON_SERVER}` }).click();
  await expect(servers.getByRole('status')).toHaveText(`Herald no longer works on ${MASTODON_SERVER}.`);
  await expect(servers.getByRole('listitem')).toHaveCount(0);
  // The script registered for the server is gone: a fresh load of the server's page has no Herald.
  await expect.poll(() => heraldRunsOnServer(site), { timeout: 10_000 }).toBe(false);
});

for (const [address, message] of <const>[
  ['', 'Enter the address of your server, like social.example.'],
  ['http://social.example', '“http://social.example” is not a server address: enter one like social.example.'],
  ['social.example:8443', '“social.example:8443” is not a server address: enter one like social.example.'],
]) {
  test(`"${address}" is refused with what to type instead`, async ({ page, extensionId }) => {
    const servers = await openServers(page, extensionId);
    await servers.getByLabel('Server address').fill(address);
    await servers.getByRole('button', { name: 'Add server' }).click();
    await expect(servers.getByRole('status')).toHaveText(message);
    await expect(servers.getByLabel('Server address')).toHaveValue(address);
  });
}

test('IT’s servers are listed as set by the organisation, without Remove', async ({ context, page, extensionId }) => {
  const worker = await heraldWorker(context);
  await worker.evaluate(
    // @ts-expect-error chrome is the service worker's global
    (server) => chrome.storage.local.set({ managedConfigCache: { mastodonInstances: [server] } }),
    'it.lumen.example',
  );
  const servers = await openServers(page, extensionId);
  const row = servers.getByRole('listitem').filter({ hasText: 'it.lumen.example' });
  await expect(row).toContainText('Set by your organisation');
  await expect(row.getByRole('button', { name: 'Remove it.lumen.example' })).toHaveCount(0);
  // Not granted in this build: the employee is asked to allow it.
  await expect(row.getByRole('button', { name: 'Allow Herald on it.lumen.example' })).toBeVisible();
});

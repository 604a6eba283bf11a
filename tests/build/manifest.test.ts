// The built manifests ask for exactly what docs/deploy.md and the README's permission table say: a new
// permission, a looser CSP or a lost key fails here before it reaches a store or an IT department.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { metricsConfigSchema } from '../../shared/metrics/metrics-config';
import { manifestMatches } from '../../shared/sites/registry';
import { managedConfigSchema } from '../../shared/sync/managed-config';
import { managedStorageSchema } from '../../shared/sync/managed-storage-schema';
import { buildDir, readManifest } from './built-output';
import { chromiumExtensionId, UNPACKED_EXTENSION_ID } from './extension-id';

const managedSchema = managedStorageSchema();
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const FEED_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
const SITE_PATTERNS = manifestMatches().sort();

describe('the Chrome/Edge build (.output/chrome-mv3)', () => {
  const dir = buildDir('chrome-mv3', 'npm run build');
  const manifest = readManifest(dir);

  test('asks for storage, alarms, unlimitedStorage and scripting, and no host permission up front', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'unlimitedStorage', 'scripting']);
    expect(manifest.optional_host_permissions).toEqual(FEED_ORIGINS);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  test('runs its content script only on the networks with fixed hosts', () => {
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((script) => script.matches).sort()).toEqual(SITE_PATTERNS);
    // The in-page UI's styles are inlined in the script: no file is exposed to any page, which could also
    // tell a site that Herald is installed.
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  test('locks its own pages to its own scripts', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  test(`carries the public key that makes its id ${UNPACKED_EXTENSION_ID}`, () => {
    expect(typeof manifest.key).toBe('string');
    expect(chromiumExtensionId(manifest.key as string)).toBe(UNPACKED_EXTENSION_ID);
    expect(manifest.key as string).not.toMatch(/PRIVATE/);
  });

  test('declares the managed storage schema it ships', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(JSON.parse(readFileSync(join(dir, 'managed-schema.json'), 'utf8'))).toEqual(managedSchema);
  });

  test('differs from the e2e build only by the grants the headless tests need: 127.0.0.1 and the test server', () => {
    const e2e = readManifest(buildDir('chrome-mv3-e2e', 'npm run build:e2e'));
    expect(e2e).toEqual({ ...manifest, host_permissions: ['http://127.0.0.1/*', 'https://social.lumen.example/*'] });
  });
});

describe('the Firefox build (.output/firefox-mv2)', () => {
  const manifest = readManifest(buildDir('firefox-mv2', 'npm run build:firefox'));

  test('asks for the same permissions, with feed origins as MV2 optional permissions', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'unlimitedStorage', 'scripting']);
    expect(manifest.optional_permissions).toEqual(FEED_ORIGINS);
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((script) => script.matches).sort()).toEqual(SITE_PATTERNS);
    expect(manifest.content_security_policy).toBe(CSP);
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  test('has a fixed add-on id, declares no data collection, and carries no Chromium key', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'herald@herald.example',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest).not.toHaveProperty('key');
  });
});

describe('the managed storage schema', () => {
  test('names exactly the keys Herald reads from policy, with matching types', () => {
    const shape = managedConfigSchema.shape;
    expect(Object.keys(managedSchema.properties).sort()).toEqual(Object.keys(shape).sort());
    const sample = {
      feedUrls: ['https://a.example/feed.json'],
      feedPublicKeys: ['a2V5'],
      syncIntervalMinutes: 60,
      disabledSites: ['x'],
      allowUserFeeds: false,
      mastodonInstances: ['social.example'],
      metrics: { endpoint: 'https://analytics.example/metrics', format: 'json', domain: 'herald' },
    };
    // A value of the schema's declared type survives Herald's reader: the two cannot drift apart silently.
    expect(managedConfigSchema.parse(sample)).toEqual(sample);
    expect(Object.keys(sample).sort()).toEqual(Object.keys(managedSchema.properties).sort());
    const types = Object.fromEntries(Object.entries(managedSchema.properties).map(([key, value]) => [key, value.type]));
    expect(types).toEqual({
      feedUrls: 'array',
      feedPublicKeys: 'array',
      syncIntervalMinutes: 'integer',
      disabledSites: 'array',
      allowUserFeeds: 'boolean',
      mastodonInstances: 'array',
      metrics: 'object',
    });
    expect(Object.keys(managedSchema.properties.metrics?.properties ?? {}).sort()).toEqual(
      Object.keys(metricsConfigSchema.shape).sort(),
    );
  });
});

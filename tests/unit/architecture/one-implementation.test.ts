// The policy engine and the composing of a network's text exist once: the content script, the CLI (validate,
// build, test) and the preview page are each built from the same shared modules, not from copies.
import { describe, expect, it } from 'vitest';
import { bundleGraph } from './bundle-graph';

const PROGRAMS = {
  'content script': 'entrypoints/content/index.ts',
  'herald-feed': 'cli/src/main.ts',
  'preview page': 'cli/preview-page/main.tsx',
} as const;

describe.each(Object.entries(PROGRAMS))('the %s', (_, entry) => {
  it('checks drafts with the shared policy engine and composes posts with the shared composer text', async () => {
    const { modules } = await bundleGraph(entry);
    expect(modules).toEqual(
      expect.arrayContaining([
        'shared/policy/network-checker.ts',
        'shared/policy/compile-policies.ts',
        'shared/share/compose-for-network.ts',
        'shared/sites/registry.ts',
      ]),
    );
  });
});

describe('the preview page', () => {
  it('runs the composer’s own policy assistant: its underlines, notes and fixes', async () => {
    const { modules } = await bundleGraph(PROGRAMS['preview page']);
    expect(modules).toEqual(
      expect.arrayContaining([
        'utils/content/policy-assistant.ts',
        'utils/content/ui/policy-notes.ts',
        'utils/content/ui/underline-overlay.ts',
        'utils/content/textarea-mirror.ts',
        'utils/content/watch-composers.ts',
        'shared/share/with-utm.ts',
        'shared/policy/disclosure.ts',
        'shared/library/build-library.ts',
      ]),
    );
  });

  it('needs no extension API: neither the extension’s storage nor wxt/browser', async () => {
    const { modules, packages } = await bundleGraph(PROGRAMS['preview page']);
    expect(modules.filter((module) => /^utils\/(storage|content\/library-store)\.ts$/.test(module))).toEqual([]);
    expect(packages.filter((name) => /^(wxt|webextension-polyfill)(\/|$)/.test(name))).toEqual([]);
  });
});

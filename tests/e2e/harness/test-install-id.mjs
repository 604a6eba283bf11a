// The install id of every test browser (and of `npm run demo`), set in the extension's storage where a real
// install makes a random one. Herald picks each item's wording from that id (shared/share/pick-phrasing.ts):
// with a random one, a spec that checks what Insert puts in the composer would see the demo hiring item in
// any of its three wordings and fail two times in three. This id picks every demo item's own text
// (tests/unit/share/test-install-id.test.ts keeps it so); tests/e2e/phrasings.spec.ts sets ids of its own.
export const TEST_INSTALL_ID = '00000000-0000-4000-8000-000000000001';

// `npm run demo`'s headless walk-through tells the story of a wording other than the item's own: this id picks
// the demo hiring item's second wording, which holds {jobTitle} (tests/unit/share/test-install-id.test.ts).
export const DEMO_INSTALL_ID = '00000000-0000-4000-8000-000000000003';

/** The install id of every test browser: it picks every demo item's own text (test-install-id.mjs). */
export declare const TEST_INSTALL_ID: string;
/** The install id of `npm run demo`'s walk-through: it picks the demo hiring item's second wording. */
export declare const DEMO_INSTALL_ID: string;

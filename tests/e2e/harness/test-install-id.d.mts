/** The install id of every test browser: it picks every demo item's own text (test-install-id.mjs). */
export declare const TEST_INSTALL_ID: string;

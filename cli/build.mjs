// `npm run build:cli` (postinstall runs it): bundles the CLI into cli/dist/herald-feed.mjs, and builds the page of
// `herald-feed preview` into cli/dist/preview.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { build as buildPage } from 'vite';
import options from './build-options.mjs';

await build(options);
await buildPage({ configFile: fileURLToPath(new URL('./preview-page/vite.config.ts', import.meta.url)) });

// `npm run build:cli` (postinstall runs it): bundles the CLI into cli/dist/herald-feed.mjs.
import { build } from 'esbuild';
import options from './build-options.mjs';

await build(options);

#!/usr/bin/env node
// The `herald-feed` bin: runs the bundle that `npm run build:cli` makes (postinstall runs it).
import { existsSync } from 'node:fs';

const bundle = new URL('./dist/herald-feed.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('herald-feed is not built yet: run "npm run build:cli" in the Herald repository.');
  process.exit(1);
}
await import(bundle.href);

// The e2e build's "send now" (docs/testing.md): Herald sends its metrics once a day at a random moment; a test
// cannot wait for that, so the e2e build (and only it) puts `heraldSendMetricsNow` on the service worker's
// global scope, which runs the same send as the daily alarm at once.
import type { BrowserContext } from '@playwright/test';
import { heraldWorker } from '../harness/launch-herald.mjs';

/** What a send ended in: no `metrics` policy, nothing counted, sent, or failed (the counts kept). */
export type SendOutcome = 'off' | 'nothing' | 'sent' | 'failed';

type Hooked = { heraldSendMetricsNow?: () => Promise<SendOutcome> };

/** Sends what Herald counted now, and waits until the send is over. */
export async function sendMetricsNow(context: BrowserContext): Promise<SendOutcome> {
  const worker = await heraldWorker(context);
  return worker.evaluate(async () => {
    const hook = (globalThis as Hooked).heraldSendMetricsNow;
    if (!hook) throw new Error('This build has no heraldSendMetricsNow: run the e2e build (npm run build:e2e)');
    return hook();
  });
}

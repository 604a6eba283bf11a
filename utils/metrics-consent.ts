import { browser } from 'wxt/browser';

// Firefox asks each user before an extension sends technical and interaction data (its built-in data
// consent, declared in the manifest as optional "technicalAndInteraction"): there, IT's `metrics` policy is
// not enough, the employee must also allow it. Chrome has no such consent: IT's policy decides alone.

const TECHNICAL = { data_collection: ['technicalAndInteraction'] };

type DataCollectionPermissions = {
  contains(permissions: typeof TECHNICAL): Promise<boolean>;
  request(permissions: typeof TECHNICAL): Promise<boolean>;
};

/** Firefox's permissions API with its data_collection field, which the polyfill's types do not know yet. */
const permissions = () => browser.permissions as unknown as DataCollectionPermissions;

/** Whether this browser lets Herald send usage counts as far as the user's consent goes. */
export async function metricsConsented(isFirefox: boolean = import.meta.env.FIREFOX): Promise<boolean> {
  if (!isFirefox) return true;
  try {
    return await permissions().contains(TECHNICAL);
  } catch {
    // A Firefox before 140 knows no data_collection: nothing was asked, so nothing is sent.
    return false;
  }
}

/** Firefox's consent prompt; call it from a click (a user gesture). Resolves to whether it was granted. */
export async function requestMetricsConsent(): Promise<boolean> {
  try {
    return await permissions().request(TECHNICAL);
  } catch {
    return false;
  }
}

import { useEffect, useState } from 'react';
import { DEFAULT_PLAUSIBLE_DOMAIN, type MetricsConfig } from '../../shared/metrics/metrics-config';
import { metricsConsented, requestMetricsConsent } from '../../utils/metrics-consent';
import { type MetricsLastSent, managedConfigCacheItem, metricsLastSentItem } from '../../utils/storage';
import { useStorageItem } from '../use-storage-item';

/** Firefox's own consent for technical and interaction data (utils/metrics-consent.ts); Chrome has none. */
export type Consent = 'not-asked-for' | 'allowed' | 'not-allowed';

type Props = {
  metrics: MetricsConfig | undefined;
  lastSent: MetricsLastSent | null | undefined;
  consent: Consent;
  onAllow?: () => void;
};

function formatOf({ format, domain }: MetricsConfig): string {
  return format === 'json'
    ? 'one JSON document a day (herald-metrics/1)'
    : `Plausible events, one per use (site ${domain ?? DEFAULT_PLAUSIBLE_DOMAIN})`;
}

/** What leaves this browser besides the feed syncs: nothing, or IT's counts, shown byte for byte. */
export function ReportsView({ metrics, lastSent, consent, onAllow }: Props) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">What Herald reports</h2>
      {!metrics ? (
        <p>Herald reports nothing: it counts nothing, and nothing you do with it leaves your browser.</p>
      ) : (
        <>
          <p>
            Your organisation turned on usage counts. Once a day Herald sends how many times each approved item was
            suggested, inserted, copied, shared and posted, per day, wording and network. Counts only: never what you
            write, who you are, or the pages you visit.
          </p>
          {consent === 'not-allowed' && (
            <p>
              Firefox asks you first: nothing is counted or sent until you allow it.{' '}
              <button type="button" onClick={onAllow}>
                Allow usage counts
              </button>
            </p>
          )}
          {consent === 'allowed' && (
            <p className="hint">You allowed this in Firefox; you can take it back in Herald's permissions there.</p>
          )}
          <dl className="reports-facts">
            <dt>Sent to</dt>
            <dd>
              <code>{metrics.endpoint}</code>
            </dd>
            <dt>Format</dt>
            <dd>{formatOf(metrics)}</dd>
          </dl>
          {lastSent ? (
            <>
              <h3 id="reports-last-heading">
                Last sent on{' '}
                <time dateTime={new Date(lastSent.at).toISOString()}>{new Date(lastSent.at).toLocaleString()}</time>, to{' '}
                <code>{lastSent.endpoint}</code>
              </h3>
              {/* A labelled region, focusable so a keyboard can scroll a long payload. */}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll. */}
              <section className="reports-payload" tabIndex={0} aria-labelledby="reports-last-heading">
                <pre>{lastSent.body}</pre>
              </section>
              {lastSent.format === 'plausible' && (
                <p className="hint">One event a line, each sent as its own request.</p>
              )}
            </>
          ) : (
            <p className="hint">Nothing sent yet.</p>
          )}
        </>
      )}
    </section>
  );
}

export function ReportsSection() {
  const managed = useStorageItem(managedConfigCacheItem);
  const lastSent = useStorageItem(metricsLastSentItem);
  const [allowed, setAllowed] = useState<boolean | undefined>();
  useEffect(() => {
    void metricsConsented().then(setAllowed);
  }, []);
  const consent: Consent = !import.meta.env.FIREFOX ? 'not-asked-for' : allowed ? 'allowed' : 'not-allowed';
  const allow = () => void requestMetricsConsent().then(setAllowed);
  return <ReportsView metrics={managed?.metrics} lastSent={lastSent} consent={consent} onAllow={allow} />;
}

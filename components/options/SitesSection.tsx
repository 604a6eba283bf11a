import { SITES } from '../../shared/feed/schema';
import { labelOf } from '../../shared/sites/registry';
import { useEffectiveSettings } from './use-effective-settings';

export function SitesSection() {
  const { effective, update } = useEffectiveSettings();
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p className="hint">
        Herald helps in the post composer of these sites. Changes apply to pages opened afterwards.
      </p>
      {SITES.map((site) => {
        const lockedOff = effective.sitesDisabledByOrganisation.includes(site);
        const on = !effective.disabledSites.includes(site);
        return (
          <div key={site} className="site-toggle">
            <input
              id={`site-${site}`}
              type="checkbox"
              checked={on}
              disabled={lockedOff}
              aria-describedby={lockedOff ? `site-${site}-locked` : undefined}
              onChange={(event) => {
                const turnOn = event.target.checked;
                update((user) => ({
                  ...user,
                  disabledSites: turnOn
                    ? user.disabledSites.filter((disabled) => disabled !== site)
                    : [...user.disabledSites.filter((disabled) => disabled !== site), site],
                }));
              }}
            />
            <label htmlFor={`site-${site}`}>Herald on {labelOf(site)}</label>
            {lockedOff && (
              <span id={`site-${site}-locked`} className="hint">
                {' '}
                (off by your organisation)
              </span>
            )}
          </div>
        );
      })}
    </section>
  );
}

import { SITES } from '../../shared/feed/schema';
import { SITE_LABELS } from '../../shared/sites/site-matches';
import { settingsItem } from '../../utils/storage';
import { useEffectiveSettings } from './use-effective-settings';

export function SitesSection() {
  const { user, effective } = useEffectiveSettings();
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
              onChange={(event) =>
                void settingsItem.setValue({
                  ...user,
                  disabledSites: event.target.checked
                    ? user.disabledSites.filter((disabled) => disabled !== site)
                    : [...user.disabledSites, site],
                })
              }
            />
            <label htmlFor={`site-${site}`}>Herald on {SITE_LABELS[site]}</label>
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

import { useEffectiveSettings } from './use-effective-settings';

const CHOICES = [15, 30, 60, 120, 240, 720];

export function SyncIntervalSection() {
  const { effective, update } = useEffectiveSettings();
  const choices = CHOICES.includes(effective.syncIntervalMinutes)
    ? CHOICES
    : [...CHOICES, effective.syncIntervalMinutes].sort((a, b) => a - b);
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <label htmlFor="sync-interval">Check for new content every</label>{' '}
      <select
        id="sync-interval"
        value={effective.syncIntervalMinutes}
        disabled={effective.intervalSetByOrganisation}
        aria-describedby={effective.intervalSetByOrganisation ? 'sync-interval-locked' : undefined}
        onChange={(event) => {
          const syncIntervalMinutes = Number(event.target.value);
          update((user) => ({ ...user, syncIntervalMinutes }));
        }}
      >
        {choices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes < 60 ? `${minutes} minutes` : `${minutes / 60} hour${minutes === 60 ? '' : 's'}`}
          </option>
        ))}
      </select>
      {effective.intervalSetByOrganisation && (
        <p id="sync-interval-locked" className="hint">
          Set by your organisation.
        </p>
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import { EMPTY_PROFILE, type Profile, type ProfileField } from '../../shared/text/placeholders';
import { profileItem } from '../../utils/storage';

const FIELDS: { field: ProfileField; label: string; autoComplete: string }[] = [
  { field: 'firstName', label: 'First name', autoComplete: 'given-name' },
  { field: 'jobTitle', label: 'Job title', autoComplete: 'organization-title' },
  { field: 'team', label: 'Team', autoComplete: 'off' },
  { field: 'location', label: 'Location', autoComplete: 'address-level2' },
];

/**
 * What fills the placeholders in approved posts. Saved as the employee types, no Save button: the fields
 * are the employee's own copy, read once, so a write coming back through storage never moves their caret.
 */
export function AboutYouSection() {
  const [profile, setProfile] = useState<Profile | undefined>();
  useEffect(() => {
    let alive = true;
    void profileItem.getValue().then((stored) => alive && setProfile({ ...EMPTY_PROFILE, ...stored }));
    return () => {
      alive = false;
    };
  }, []);

  function change(field: ProfileField, value: string) {
    if (!profile) return;
    const next = { ...profile, [field]: value };
    setProfile(next);
    void profileItem.setValue(next);
  }

  return (
    <section aria-labelledby="about-you-heading">
      <h2 id="about-you-heading">About you</h2>
      <p id="about-you-hint" className="hint">
        These fill placeholders such as {'{firstName}'} in approved posts, are saved as you type and never leave your
        browser.
      </p>
      <div className="about-you-fields">
        {FIELDS.map(({ field, label, autoComplete }) => (
          <div key={field} className="about-you-field">
            <label htmlFor={`about-you-${field}`}>{label}</label>
            <input
              id={`about-you-${field}`}
              type="text"
              value={profile?.[field] ?? ''}
              disabled={!profile}
              autoComplete={autoComplete}
              aria-describedby="about-you-hint"
              maxLength={200}
              onChange={(event) => change(field, event.target.value)}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

import type { LibraryPolicy } from '../../shared/library/build-library';
import { labelOf } from '../../shared/sites/registry';

const SEVERITY = { block: 'Never', warn: 'Careful', info: 'Tip' } as const;

/** The feed's rules in plain words, so an employee knows what is expected before writing. */
export function PolicyList({ policies }: { policies: LibraryPolicy[] }) {
  if (policies.length === 0) return <p className="empty">Your company has not published posting rules.</p>;
  const ordered = [...policies].sort(
    (a, b) => Object.keys(SEVERITY).indexOf(a.severity) - Object.keys(SEVERITY).indexOf(b.severity),
  );
  return (
    <ul className="policy-list">
      {ordered.map((policy) => (
        <li key={`${policy.feedUrl}#${policy.id}`} className={`policy policy-${policy.severity}`}>
          <span className="policy-severity">{SEVERITY[policy.severity]}</span>
          <p>{policy.message}</p>
          {policy.sites && <p className="policy-sites">On {policy.sites.map((site) => labelOf(site)).join(', ')}</p>}
        </li>
      ))}
    </ul>
  );
}

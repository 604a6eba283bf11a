import { NETWORKS } from '../../shared/sites/registry';
import type { PreviewState } from '../src/preview/preview-state';

const siteLabel = (site: string) => NETWORKS.find((network) => network.site === site)?.label ?? site;

/** What `herald-feed build` would say, with file and line, then the rule examples' results. */
export function Problems({ state }: { state: PreviewState }) {
  const errors = state.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = state.problems.length - errors;
  return (
    <section aria-labelledby="problems-heading" className="problems" data-testid="problems">
      <h2 id="problems-heading">
        Build: {errors} {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'}
      </h2>
      {state.stale ? (
        <p className="stale" role="alert">
          The folder does not build as it is: below is the last feed that did.
        </p>
      ) : null}
      {state.problems.length > 0 ? (
        <ul className="problem-list">
          {state.problems.map((problem) => (
            <li
              key={`${problem.where} ${problem.path} ${problem.message}`}
              className={`problem ${problem.severity}`}
              data-testid="problem"
            >
              <span className="severity">{problem.severity}</span> {problem.where ? <code>{problem.where}</code> : null}
              {problem.path ? <code className="path"> {problem.path}</code> : null}: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      <Examples examples={state.examples} />
    </section>
  );
}

function Examples({ examples }: { examples: PreviewState['examples'] }) {
  return (
    <div className="examples" data-testid="examples">
      <h3>Rule examples</h3>
      {examples === null ? (
        <p>No rule examples were run.</p>
      ) : (
        <>
          <p>
            {examples.passed} {examples.passed === 1 ? 'example' : 'examples'} passed, {examples.failed} failed.
          </p>
          <ul className="problem-list">
            {examples.failures.map((failure) => (
              <li key={`${failure.where} ${failure.site}`} className="problem error" data-testid="example-failure">
                <code>{failure.where}</code> {failure.policyId} should {failure.expect === 'flag' ? 'flag' : 'let pass'}{' '}
                <q>{failure.text}</q>
                {failure.site ? ` on ${siteLabel(failure.site)}` : ''}
                {failure.match === undefined ? '' : `, underlining “${failure.match}”`}:{' '}
                {failure.reason ??
                  (failure.found.length === 0
                    ? 'nothing was found'
                    : `found ${failure.found.map((found) => `${found.policyId} on “${found.matched}”`).join(', ')}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

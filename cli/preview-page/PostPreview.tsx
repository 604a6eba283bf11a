import type { NetworkView } from './network-view';
import { textSegments } from './text-segments';

const NUMBER = new Intl.NumberFormat('en');

/** One wording on one network: the text as posted, its length against the limit, where "see more" cuts. */
export function PostPreview({ view, itemId, wordings }: { view: NetworkView; itemId: string; wordings: number }) {
  const segments = textSegments(view.text, view.gaps, view.seeMoreAt);
  return (
    <li
      className={view.over ? 'post over' : 'post'}
      data-testid="post"
      data-item={itemId}
      data-site={view.site}
      data-phrasing={view.phrasing}
    >
      {wordings > 1 ? (
        <p className="wording">{view.phrasing === 0 ? 'Own text' : `Phrasing ${view.phrasing}`}</p>
      ) : null}
      <p className="post-text" data-testid="post-text">
        {segments.map((segment) =>
          segment.kind === 'cut' ? (
            <span
              key="cut"
              className="see-more"
              data-testid="see-more"
              data-offset={segment.at}
              title={`${view.label} shows the first ${segment.at} characters, the rest behind "see more"`}
            >
              …see more
            </span>
          ) : segment.gap ? (
            <mark key={`${segment.text}-${segment.hidden}`} className={segment.hidden ? 'gap hidden-part' : 'gap'}>
              {segment.text}
            </mark>
          ) : (
            <span key={`${segment.text}-${segment.hidden}`} className={segment.hidden ? 'hidden-part' : undefined}>
              {segment.text}
            </span>
          ),
        )}
      </p>
      {view.link && view.linkApart ? (
        <p className="post-link">
          Link preview: <a href={view.link}>{view.link}</a>
        </p>
      ) : null}
      <p className="post-length" data-testid="post-length" data-over={view.over}>
        {NUMBER.format(view.length)} / {NUMBER.format(view.limit)}
        {view.over ? <strong className="over-label"> over the limit</strong> : null}
      </p>
      {view.reason ? <p className="post-reason">{view.reason}</p> : null}
      {view.note ? <p className="post-note">{view.note}</p> : null}
    </li>
  );
}

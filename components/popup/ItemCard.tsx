import { phrasingCount, phrasingText } from '../../shared/feed/phrasings';
import { SITES, type Site } from '../../shared/feed/schema';
import type { LibraryItem } from '../../shared/library/build-library';
import { composeForNetwork } from '../../shared/share/compose-for-network';
import { chosenPhrasing, type PhrasingChoice } from '../../shared/share/pick-phrasing';
import { labelOf } from '../../shared/sites/registry';
import { fillPlaceholders, placeholderValues } from '../../shared/text/placeholders';
import { relativeTime } from '../../shared/time/relative-time';
import { chooseAnotherWording } from '../../utils/phrasing-offsets';
import type { ShareRecord } from '../../utils/storage';
import { CardImage } from './CardImage';
import { usePopupStore } from './popup-store';
import { copyItem, insertIntoOpenComposer, shareItem } from './share-actions';

type Props = {
  item: LibraryItem;
  isNew: boolean;
  shares: ShareRecord[];
  showType: boolean;
  /** This install's wording choices: the card shows, copies and shares the item in its chosen wording. */
  choice: PhrasingChoice;
};

function sharedLabel(shares: ShareRecord[]): string | null {
  const last = shares.at(-1);
  if (!last) return null;
  const where = last.site === 'copy' ? 'Copied' : `Shared on ${labelOf(last.site)}`;
  return `${where} ${relativeTime(last.at)}${shares.length > 1 ? ` (${shares.length} times)` : ''}`;
}

export function ItemCard({ item, isNew, shares, showType, choice }: Props) {
  const previewSite = usePopupStore((state) => state.previewSite);
  const say = usePopupStore((state) => state.say);
  const profile = usePopupStore((state) => state.profile);
  const placeholders = placeholderValues(profile, item.publisherName);
  const phrasing = chosenPhrasing(choice, item);
  const wordings = phrasingCount(item);
  const wording = { phrasing, placeholders };
  const composed = composeForNetwork(item, previewSite, wording);
  const shared = sharedLabel(shares);
  const run = (action: () => Promise<string>) => {
    void action().then(say, (error: unknown) => say(error instanceof Error ? error.message : String(error)));
  };
  const titleId = `title-${item.key}`;

  return (
    <article className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{item.title}</h2>
      {(isNew || showType || item.campaign) && (
        <p className="card-badges">
          {isNew && <span className="badge badge-new">New</span>}
          {showType && <span className="badge badge-type">{item.type === 'news' ? 'News' : 'Talking point'}</span>}
          {item.campaign && (
            <span className="badge badge-campaign" title="Campaign">
              {item.campaign}
            </span>
          )}
        </p>
      )}
      {item.image && <CardImage url={item.image.url} alt={item.image.alt} />}
      <p className="card-text">
        {composed.ok ? composed.text : fillPlaceholders(phrasingText(item, previewSite, phrasing), placeholders).text}
      </p>
      {!composed.ok && <p className="card-note">{composed.reason}</p>}
      {shared && <p className="card-shared">{shared}</p>}
      <div className="card-actions">
        {item.type === 'news' ? (
          SITES.map((site: Site) => (
            <button key={site} type="button" onClick={() => run(() => shareItem(item, site, wording))}>
              Share on {labelOf(site)}
            </button>
          ))
        ) : (
          <button type="button" onClick={() => run(() => insertIntoOpenComposer(item))}>
            Insert
          </button>
        )}
        <button type="button" onClick={() => run(() => copyItem(item, previewSite, wording))}>
          Copy
        </button>
        {wordings > 1 && (
          <button
            type="button"
            aria-label={`Another wording (${phrasing + 1} of ${wordings}): ${item.title}`}
            onClick={() =>
              run(async () => {
                await chooseAnotherWording(item.key, wordings);
                return `Showing wording ${((phrasing + 1) % wordings) + 1} of ${wordings}.`;
              })
            }
          >
            Another wording ({phrasing + 1} of {wordings})
          </button>
        )}
      </div>
    </article>
  );
}

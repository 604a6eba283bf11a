import type { FeedItem } from '../../shared/feed/schema';
import { NETWORKS } from '../../shared/sites/registry';
import { networkViews } from './network-view';
import { PostPreview } from './PostPreview';

/** An item on every network Herald knows, each wording of it. */
export function ItemPreview({ item, publisherName }: { item: FeedItem; publisherName: string }) {
  const headingId = `item-${item.id}`;
  return (
    <article className="item" aria-labelledby={headingId} data-testid="item" data-item={item.id}>
      <h3 id={headingId}>
        {item.title} <span className="item-id">({item.id})</span>
      </h3>
      <div className="networks">
        {NETWORKS.map((network) => {
          const views = networkViews(item, network, publisherName);
          return (
            <section key={network.site} className="network" aria-label={`${item.title} on ${network.label}`}>
              <h4>{network.label}</h4>
              <ul className="posts">
                {views.map((view) => (
                  <PostPreview key={view.phrasing} view={view} itemId={item.id} wordings={views.length} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </article>
  );
}

import { useMemo } from 'react';
import { SITES, type Site } from '../../shared/feed/schema';
import type { LibraryItem } from '../../shared/library/build-library';
import { facets } from '../../shared/search/facets';
import type { SearchFilters } from '../../shared/search/library-search';
import { labelOf } from '../../shared/sites/registry';
import { usePopupStore } from './popup-store';

/** The chosen filters in the shape the library search takes; empty choices filter nothing. */
export function useTalkingPointFilter(): SearchFilters {
  const filters = usePopupStore((state) => state.filters);
  return useMemo(
    () => ({
      ...(filters.campaign ? { campaign: filters.campaign } : {}),
      ...(filters.tag ? { tag: filters.tag } : {}),
      ...(filters.network ? { network: filters.network } : {}),
    }),
    [filters],
  );
}

export function TalkingPointFilters({ items }: { items: LibraryItem[] }) {
  const { filters, setFilter } = usePopupStore();
  const { campaigns, tags } = useMemo(() => facets(items.filter((item) => item.type === 'talking-point')), [items]);
  return (
    <div className="filters">
      <label>
        Campaign
        <select value={filters.campaign} onChange={(event) => setFilter('campaign', event.target.value)}>
          <option value="">All</option>
          {campaigns.map((campaign) => (
            <option key={campaign}>{campaign}</option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={filters.tag} onChange={(event) => setFilter('tag', event.target.value)}>
          <option value="">All</option>
          {tags.map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
      </label>
      <label>
        Network
        <select value={filters.network} onChange={(event) => setFilter('network', event.target.value as Site | '')}>
          <option value="">All</option>
          {SITES.map((site) => (
            <option key={site} value={site}>
              {labelOf(site)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

import { create } from 'zustand';
import type { Site } from '../../shared/feed/schema';
import { EMPTY_PROFILE, type Profile } from '../../shared/text/placeholders';

export type PopupTab = 'news' | 'talking-points' | 'policies';

export type TalkingPointFilters = { campaign: string; tag: string; network: Site | '' };

type PopupState = {
  tab: PopupTab;
  query: string;
  /** The network whose version of each item the cards show. */
  previewSite: Site;
  filters: TalkingPointFilters;
  /** The outcome of the last action, read out by the status region. */
  status: string;
  /** "About you", for the placeholders every card fills the same way Insert does. */
  profile: Profile;
  setTab(tab: PopupTab): void;
  setQuery(query: string): void;
  setPreviewSite(site: Site): void;
  setFilter<K extends keyof TalkingPointFilters>(key: K, value: TalkingPointFilters[K]): void;
  say(status: string): void;
  setProfile(profile: Profile): void;
};

export const usePopupStore = create<PopupState>((set) => ({
  tab: 'news',
  query: '',
  previewSite: 'linkedin',
  filters: { campaign: '', tag: '', network: '' },
  status: '',
  profile: EMPTY_PROFILE,
  setTab: (tab) => set({ tab }),
  setQuery: (query) => set({ query }),
  setPreviewSite: (previewSite) => set({ previewSite }),
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  say: (status) => set({ status }),
  setProfile: (profile) => set({ profile }),
}));

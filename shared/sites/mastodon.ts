import { MASTODON_LINK_WEIGHT, mastodonLength } from '../text/mastodon-length';
import { defineNetwork } from './network-profile';

// Any instance, on any domain: a React-controlled <textarea> (react-textarea-autosize) in the compose form
// (mastodon/mastodon, app/javascript/mastodon/components/autosuggest_textarea.jsx). docs/sites.md#mastodon
export const mastodon = defineNetwork({
  site: 'mastodon',
  label: 'Mastodon',
  hosts: [],
  matches: [],
  instanceHosted: true,
  // 500 is the default; an instance may allow more, never fewer.
  length: {
    limit: 500,
    count: mastodonLength,
    counting: 'graphemes, any link 23, a remote mention as its local part',
    linkWeight: MASTODON_LINK_WEIGHT,
  },
  variantMax: 5_000,
  seeMoreAt: undefined,
  // Hashtags are how Mastodon posts are found: they close the post on a line of their own.
  layout: { beforeUrl: '\n\n', beforeTags: '\n\n', beforeTagsWithoutUrl: '\n\n' },
  share: {
    kind: 'post',
    apart: { url: false, hashtags: false },
    page: ({ text }, host) => `https://${host}/share?${new URLSearchParams({ text })}`,
  },
  editor: 'textarea',
  composer: '.compose-form textarea.autosuggest-textarea__textarea',
  ignoreWithin: ['[aria-hidden="true"]', 'article'],
  postButton: '.compose-form__submit button[type="submit"]',
  // React tracks a textarea's value: both paths end in the `input` event its onChange listens to.
  insertion: ['execCommand', 'setRangeText'],
  frame: '.compose-form',
  shadowHosts: [],
  darkTheme: '.theme-default, .theme-contrast',
});

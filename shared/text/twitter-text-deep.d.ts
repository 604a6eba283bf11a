// twitter-text's package entry pulls in every helper and ~28 KB of core-js polyfills; its ESM build lets a
// bundle take parseTweet alone. The package has no "exports" map, so the deep path is public.
declare module 'twitter-text/dist/esm/parseTweet' {
  const parseTweet: typeof import('twitter-text').parseTweet;
  export default parseTweet;
}

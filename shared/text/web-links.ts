/** http(s) links as people paste them into posts: up to the next space, minus closing punctuation. */
export const WEB_LINK = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?'")\]]/giu;

/** `text` with each link replaced by `replace(link)`. */
export function replaceLinks(text: string, replace: (link: string) => string): string {
  return text.replace(WEB_LINK, replace);
}

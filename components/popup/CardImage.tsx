import { useState } from 'react';

// Images that failed once in this popup, so a card scrolled back into view (the list mounts cards anew)
// does not flash a broken image again.
const failed = new Set<string>();

/** The item's picture, or nothing when it cannot load (offline, a blocked host): never a broken-image icon. */
export function CardImage({ url, alt }: { url: string; alt: string }) {
  const [hidden, setHidden] = useState(() => failed.has(url));
  if (hidden) return null;
  return (
    <img
      className="card-image"
      src={url}
      alt={alt}
      loading="lazy"
      decoding="async"
      onError={() => {
        failed.add(url);
        setHidden(true);
      }}
    />
  );
}

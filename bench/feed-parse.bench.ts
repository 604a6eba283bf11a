import { bench, describe } from 'vitest';
import demoFeed from '../shared/feed/demo-feed.json';
import { parseFeed } from '../shared/feed/parse-feed';

// What checking a feed costs on top of reading it: a 10,000-item feed, each item the size of a real one
// (a title, a paragraph of text, X and LinkedIn variants on half of them, link, hashtags, keywords, dates),
// plus the demo feed's policies. Vitest prints how many times slower parseFeed makes a sync than JSON.parse.

const ITEMS = 10_000;
const SENTENCE = 'Lumen robots move parcels through warehouses safely and use less energy every year. ';

function generatedItem(index: number) {
  const news = index % 3 === 0;
  return {
    id: `item-${index}`,
    type: news ? 'news' : 'talking-point',
    title: `Lumen update ${index}: robots, people and parcels in new cities`,
    text: SENTENCE.repeat(3 + (index % 4)).trim(),
    ...(index % 2 === 0 ? { variants: { x: SENTENCE.repeat(2).trim(), linkedin: SENTENCE.repeat(8).trim() } } : {}),
    ...(news || index % 5 === 0 ? { url: `https://lumen-robotics.example/news/${index}` } : {}),
    hashtags: ['LumenRobotics', `Topic${index % 40}`],
    keywords: ['robots', 'warehouse', 'energy', `city ${index % 40}`, 'parcels', 'safety'],
    tags: [`tag-${index % 12}`],
    campaign: `campaign-${index % 20}`,
    publishedAt: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
    ...(index % 4 === 0 ? { expiresAt: '2027-06-30T00:00:00Z' } : {}),
    ...(news
      ? { image: { url: `https://lumen-robotics.example/img/${index}.png`, alt: 'A Lumen robot at work' } }
      : {}),
  };
}

const feedText = JSON.stringify({
  ...demoFeed,
  items: Array.from({ length: ITEMS }, (_, index) => generatedItem(index)),
});

describe(`a ${ITEMS.toLocaleString('en')}-item feed (${(feedText.length / 1024 / 1024).toFixed(1)} MB)`, () => {
  bench('JSON.parse alone (baseline)', () => {
    JSON.parse(feedText);
  });
  bench('JSON.parse + parseFeed', () => {
    const parsed = parseFeed(JSON.parse(feedText));
    if (!parsed.ok || parsed.feed.items.length !== ITEMS) throw new Error('the generated feed must parse whole');
  });
});

import twitterText from 'twitter-text';
import { expect, it } from 'vitest';
import { xWeightedLength } from '../../../shared/text/x-weighted-length';

it.each([
  ['', 0],
  ['Hello', 5],
  ['Café', 4],
  ['e\u0301', 1],
  ['日本語', 6],
  ['한국어', 6],
  ['😀', 2],
  ['👩‍👩‍👧', 2],
  ['🏳️‍🌈', 2],
  ['1️⃣', 2],
  ['—…', 1 + 2], // U+2014 is in X's weight-1 punctuation range, U+2026 just past it
  ['https://example.com/a?b=c#d', 23],
  [`https://example.com/${'a'.repeat(200)}`, 23],
  ['lumen.com', 23],
  ['See https://example.com now', 4 + 23 + 4],
  ['#Hiring', 7],
])('%j weighs %i', (text, weight) => {
  expect(xWeightedLength(text)).toBe(weight);
});

it('agrees with the package entry point it replaces', () => {
  const samples = ['Lumen 🤖 日本 https://lumen.example.com/x #Robots', 'a'.repeat(300), '한국어 text 😀😀 x.com'];
  for (const text of samples) expect(xWeightedLength(text)).toBe(twitterText.parseTweet(text).weightedLength);
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chooseAnotherWording } from '../../../utils/phrasing-offsets';
import { phrasingOffsetsItem } from '../../../utils/storage';

beforeEach(() => fakeBrowser.reset());

describe('chooseAnotherWording', () => {
  it('counts each press per item, round its wordings, forgetting an item back at its first', async () => {
    await chooseAnotherWording('feed#a', 3);
    await chooseAnotherWording('feed#b', 2);
    expect(await phrasingOffsetsItem.getValue()).toEqual({ 'feed#a': 1, 'feed#b': 1 });
    await chooseAnotherWording('feed#a', 3);
    expect(await phrasingOffsetsItem.getValue()).toEqual({ 'feed#a': 2, 'feed#b': 1 });
    await chooseAnotherWording('feed#a', 3);
    expect(await phrasingOffsetsItem.getValue()).toEqual({ 'feed#b': 1 });
  });
});

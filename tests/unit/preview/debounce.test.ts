import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../cli/src/preview/debounce';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls once, after a burst has been quiet for the delay', () => {
    const callback = vi.fn();
    const changed = debounce(callback, 100);
    changed();
    vi.advanceTimersByTime(60);
    changed();
    vi.advanceTimersByTime(60);
    changed();
    vi.advanceTimersByTime(99);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('calls again for a later burst', () => {
    const callback = vi.fn();
    const changed = debounce(callback, 100);
    changed();
    vi.advanceTimersByTime(100);
    changed();
    vi.advanceTimersByTime(100);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('calls nothing once cancelled', () => {
    const callback = vi.fn();
    const changed = debounce(callback, 100);
    changed();
    changed.cancel();
    vi.advanceTimersByTime(1_000);
    expect(callback).not.toHaveBeenCalled();
  });
});

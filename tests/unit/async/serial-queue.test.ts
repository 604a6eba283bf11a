import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../../shared/async/serial-queue';

describe('serialQueue', () => {
  it('starts each step only after the one before has settled, in order', async () => {
    const queued = serialQueue();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const first = queued(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      log.push('first ends');
      return 1;
    });
    const second = queued(async () => {
      log.push('second starts');
      return 2;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['first starts']);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('rejects a failed step for its caller and goes on with the next', async () => {
    const queued = serialQueue();
    const failed = queued(async () => {
      throw new Error('write failed');
    });
    const next = queued(async () => 'written');
    await expect(failed).rejects.toThrow('write failed');
    expect(await next).toBe('written');
  });
});

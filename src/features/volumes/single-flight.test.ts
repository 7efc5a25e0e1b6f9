import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight';

describe('singleFlight', () => {
  it('runs a task once while it is running, and again after', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const task = singleFlight(async () => {
      calls += 1;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return calls;
    });
    const first = task();
    const second = task();
    expect(second).toBe(first);
    release();
    expect(await first).toBe(1);
    const third = task();
    release();
    expect(await third).toBe(2);
  });

  it('lets a failed task run again, and reports a synchronous throw as a rejection', async () => {
    let calls = 0;
    const task = singleFlight((): Promise<void> => {
      calls += 1;
      throw new Error('boom');
    });
    await expect(task()).rejects.toThrow('boom');
    await expect(task()).rejects.toThrow('boom');
    expect(calls).toBe(2);
  });
});

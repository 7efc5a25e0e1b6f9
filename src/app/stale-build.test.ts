import { describe, expect, it, vi } from 'vitest';
import { RELOAD_AGAIN_AFTER_MS, RELOADED_AT_KEY, reloadOnStaleBuild } from './stale-build';

function setup(start = 1_000_000) {
  const target = new EventTarget();
  const stored = new Map<string, string>();
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => {
      stored.set(key, value);
    },
  };
  const reload = vi.fn();
  let now = start;
  reloadOnStaleBuild(target, storage, reload, () => now);
  const missingChunk = () => {
    const event = new Event('vite:preloadError', { cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  const later = (ms: number) => {
    now += ms;
  };
  return { stored, reload, missingChunk, later };
}

describe('a chunk the server no longer has (a new build was deployed)', () => {
  it('reloads the page once, and the import error is not thrown', () => {
    const { reload, missingChunk, stored } = setup();
    expect(missingChunk()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(stored.get(RELOADED_AT_KEY)).toBe('1000000');
  });

  it('does not reload again within a minute: the error shows instead of a loop', () => {
    const { reload, missingChunk, later } = setup();
    missingChunk();
    later(RELOAD_AGAIN_AFTER_MS - 1);
    expect(missingChunk()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    later(1);
    expect(missingChunk()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});

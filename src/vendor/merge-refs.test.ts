import { describe, expect, it, vi } from 'vitest';
import { mergeRefs } from './merge-refs';

describe('mergeRefs (Floating UI useMergeRefs, for Mantine ScrollArea)', () => {
  it('is null when no ref is given', () => {
    expect(mergeRefs([null, undefined])).toBeNull();
  });

  it('sets object refs and calls callback refs with the node, then clears both', () => {
    const object = { current: null as string | null };
    const callback = vi.fn();
    const merged = mergeRefs<string>([object, callback, null]);
    merged?.('node');
    expect(object.current).toBe('node');
    expect(callback).toHaveBeenLastCalledWith('node');
    merged?.(null);
    expect(object.current).toBeNull();
    expect(callback).toHaveBeenLastCalledWith(null);
  });

  it("runs a callback ref's own cleanup instead of calling it with null", () => {
    const cleanup = vi.fn();
    const callback = vi.fn(() => cleanup);
    const merged = mergeRefs<string>([callback]);
    merged?.('a');
    merged?.('b');
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls).toEqual([['a'], ['b']]);
  });
});

/**
 * Mantine's ScrollArea (which its Table and our AppShell navbar use) imports one hook from
 * @floating-ui/react, `useMergeRefs`; the build points that import here (scripts/slim-mantine.ts),
 * so the instances list and the console's frame do not download Floating UI (~13 KB compressed)
 * for it. Floating UI's own hook, with the same behaviour: one callback ref that sets every given
 * ref (and runs a callback ref's cleanup, React 19 style), or null when none is given.
 */
import { type Ref, type RefCallback, useMemo } from 'react';

type Cleanup = () => void;

/** One callback ref that sets every ref of `refs`; null when there is none. */
export function mergeRefs<T>(refs: readonly (Ref<T> | undefined)[]): RefCallback<T> | null {
  if (refs.every((ref) => ref == null)) return null;
  let cleanup: Cleanup | undefined;
  return (value: T | null) => {
    cleanup?.();
    cleanup = undefined;
    if (value == null) return;
    const cleanups = refs.map((ref): Cleanup | undefined => {
      if (ref == null) return undefined;
      if (typeof ref === 'function') {
        const result = ref(value);
        return typeof result === 'function' ? result : () => ref(null);
      }
      ref.current = value;
      return () => {
        ref.current = null;
      };
    });
    cleanup = () => {
      for (const each of cleanups) each?.();
    };
  };
}

/**
 * Imported by Mantine's ScrollArea in the build (scripts/slim-mantine.ts), by no module of ours:
 * the tag tells knip so.
 * @public
 */
export function useMergeRefs<T>(refs: readonly (Ref<T> | undefined)[]): RefCallback<T> | null {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the refs are the dependencies, as in Floating UI.
  return useMemo(() => mergeRefs(refs), refs);
}

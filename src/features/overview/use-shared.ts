import { replaceEqualDeep } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * `value`, or the previous one wherever it is deeply equal (react-query's structural sharing, on a
 * value computed here): a summary counted again from a refresh that changed nothing is the very
 * same object, so the memoized cards that read it skip their render (issue 10: the overview
 * while an instance changes asks every 2.5 s, and re-drawing every card and chart each time was
 * about a second of the main thread a minute at 5,000 instances).
 */
export function useShared<T>(value: T): T {
  const previous = useRef(value);
  const shared = replaceEqualDeep(previous.current, value);
  useEffect(() => {
    previous.current = shared;
  }, [shared]);
  return shared;
}

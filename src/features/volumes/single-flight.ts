/**
 * One request per press: while a task runs, calling it again returns the running task instead of
 * starting another (a double click, Enter pressed twice, a retry clicked during the first try).
 */
import { useCallback, useRef } from 'react';

export function singleFlight<A extends unknown[], R>(
  task: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let running: Promise<R> | null = null;
  return (...args: A) => {
    if (running) return running;
    const current = (async () => task(...args))().finally(() => {
      running = null;
    });
    running = current;
    return current;
  };
}

/** `singleFlight` for a component: the latest `task`, one run at a time. */
export function useSingleFlight<A extends unknown[], R>(
  task: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const latest = useRef(task);
  latest.current = task;
  const running = useRef<Promise<R> | null>(null);
  return useCallback((...args: A) => {
    if (running.current) return running.current;
    const current = (async () => latest.current(...args))().finally(() => {
      running.current = null;
    });
    running.current = current;
    return current;
  }, []);
}

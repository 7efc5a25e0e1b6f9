/**
 * A time limit for an upstream request that always fires. `AbortSignal.any([…,
 * AbortSignal.timeout(ms)])` did not on Node 20: the composite signal holds its sources weakly,
 * the timeout signal was collected, and a request to an upstream that never answered waited
 * forever (an emulator fault of 35 s went through the proxy's 25 s limit untouched). Here the
 * timer holds the controller until it fires or the caller clears it.
 */
export interface Deadline {
  signal: AbortSignal;
  /** Stops the timer once the answer is in (or the request failed otherwise). */
  clear(): void;
}

export function deadline(ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError')),
    ms,
  );
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

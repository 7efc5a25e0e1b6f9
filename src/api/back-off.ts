/**
 * When to ask the API again after a failure: one policy for react-query's retries
 * (src/app/query-client.ts) and for every polling query's refetchInterval.
 *
 * - No answer (network, timeout) or a server fault (5xx) may pass: a read is retried, twice.
 * - A refusal is not: any other 4xx, and an NHN API-gateway refusal sent with HTTP 200 (asking the
 *   same again gets the same answer; it is neither success nor a network fault).
 * - Rate limiting (429) and any `Retry-After` are honoured: a retry waits at least that long, and
 *   only happens when the wait is short; polling waits at least that long after the failure.
 * Only reads go through this: mutations are never retried by themselves (query-client.ts).
 */
import { isApiError } from './api-error';

/** Retries of a failed read, after the first attempt. */
const MAX_QUERY_RETRIES = 2;
/** A retry that would wait longer than this is left to the next poll or to the operator. */
export const MAX_RETRY_WAIT_MS = 10_000;
/** The wait after a 429 that names no `Retry-After`. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 30_000;

/** How long the upstream asked us to wait, if it asked (Retry-After, or a 429 without one). */
function requestedWaitMs(error: unknown): number | undefined {
  if (!isApiError(error)) return undefined;
  if (error.retryAfterMs !== undefined) return error.retryAfterMs;
  return error.isRateLimited ? DEFAULT_RATE_LIMIT_WAIT_MS : undefined;
}

/** Whether asking again may get another answer: no answer, a 5xx, or rate limiting. */
function mayPass(error: unknown): boolean {
  if (!isApiError(error)) return true;
  if (error.kind !== 'http') return true;
  if (error.isRateLimited) return true;
  return error.status >= 500;
}

/** react-query's `retry` for reads. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES || !mayPass(error)) return false;
  const wait = requestedWaitMs(error);
  return wait === undefined || wait <= MAX_RETRY_WAIT_MS;
}

/** react-query's `retryDelay`: what the upstream asked for, else 1 s, 2 s, 4 s … up to 30 s. */
export function queryRetryDelayMs(failureCount: number, error: unknown): number {
  return requestedWaitMs(error) ?? Math.min(1000 * 2 ** failureCount, 30_000);
}

/**
 * A polling query's next interval: its usual one, but never sooner than the upstream asked after
 * the last failure. `false` (not polling) stays false.
 */
export function pollIntervalAfter(intervalMs: number | false, lastError: unknown): number | false {
  if (intervalMs === false) return false;
  const wait = requestedWaitMs(lastError);
  return wait === undefined ? intervalMs : Math.max(intervalMs, wait);
}

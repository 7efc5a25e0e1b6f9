import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import {
  DEFAULT_RATE_LIMIT_WAIT_MS,
  MAX_RETRY_WAIT_MS,
  pollIntervalAfter,
  queryRetryDelayMs,
  shouldRetryQuery,
} from './back-off';

const http = (status: number, details: ConstructorParameters<typeof ApiError>[5] = {}) =>
  new ApiError(status, `HTTP ${status}`, 'm', 'http', undefined, details);
const gateway200 = (resultCode: number) =>
  new ApiError(200, `resultCode ${resultCode}`, 'm', 'http', undefined, { resultCode });

describe('shouldRetryQuery', () => {
  it('retries no answer and server faults twice', () => {
    for (const error of [
      new ApiError(0, 'network', 'm', 'network'),
      new ApiError(0, 'timeout', 'm', 'timeout'),
      http(500),
      http(503),
      new TypeError('boom'),
    ]) {
      expect([0, 1, 2].map((count) => shouldRetryQuery(count, error))).toEqual([true, true, false]);
    }
  });

  it('never retries a refusal: a 4xx or a gateway refusal sent with HTTP 200', () => {
    for (const error of [
      http(400),
      http(403),
      http(404),
      http(409),
      gateway200(-1),
      gateway200(500),
    ]) {
      expect(shouldRetryQuery(0, error)).toBe(false);
    }
  });

  it('retries rate limiting only when the wait it asks for is short', () => {
    expect(shouldRetryQuery(0, http(429, { retryAfterMs: 5000 }))).toBe(true);
    expect(shouldRetryQuery(0, http(429, { retryAfterMs: MAX_RETRY_WAIT_MS }))).toBe(true);
    expect(shouldRetryQuery(0, http(429, { retryAfterMs: MAX_RETRY_WAIT_MS + 1 }))).toBe(false);
    // Without Retry-After a 429 waits the default, which is longer than a retry may wait.
    expect(shouldRetryQuery(0, http(429))).toBe(false);
    expect(shouldRetryQuery(0, gateway200(429))).toBe(false);
    expect(
      shouldRetryQuery(
        0,
        new ApiError(200, 'x', 'm', 'http', undefined, { resultCode: 429, retryAfterMs: 2000 }),
      ),
    ).toBe(true);
    expect(shouldRetryQuery(0, http(503, { retryAfterMs: 60_000 }))).toBe(false);
  });
});

describe('queryRetryDelayMs', () => {
  it('waits what Retry-After says, else doubles from one second', () => {
    expect(queryRetryDelayMs(0, http(429, { retryAfterMs: 7000 }))).toBe(7000);
    expect(queryRetryDelayMs(0, http(503, { retryAfterMs: 3000 }))).toBe(3000);
    expect(queryRetryDelayMs(0, http(429))).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
    expect([0, 1, 2, 10].map((n) => queryRetryDelayMs(n, http(500)))).toEqual([
      1000, 2000, 4000, 30_000,
    ]);
  });
});

describe('pollIntervalAfter', () => {
  it('keeps the usual interval without a requested wait', () => {
    expect(pollIntervalAfter(2500, null)).toBe(2500);
    expect(pollIntervalAfter(2500, http(500))).toBe(2500);
  });
  it('waits at least what the upstream asked after the last failure', () => {
    expect(pollIntervalAfter(2500, http(429, { retryAfterMs: 30_000 }))).toBe(30_000);
    expect(pollIntervalAfter(60_000, http(429, { retryAfterMs: 30_000 }))).toBe(60_000);
    expect(pollIntervalAfter(2500, http(429))).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
    expect(pollIntervalAfter(2500, gateway200(429))).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
  });
  it('does not start polling what was not polled', () => {
    expect(pollIntervalAfter(false, http(429, { retryAfterMs: 30_000 }))).toBe(false);
  });
});

/**
 * The one HTTP client the API modules share. The session wires in what a 401 does
 * (`configureApi`); tests may replace fetch. The token travels in the session cookie.
 */
import type { ApiError } from './api-error';
import { takeEarlyRequest } from './early-requests';
import { HttpClient } from './http';

interface ApiConfig {
  onUnauthorized?: (error: ApiError) => void;
  fetchImpl?: typeof fetch;
}

let config: ApiConfig = {};

export const http = new HttpClient({
  onUnauthorized: (error) => config.onUnauthorized?.(error),
  // The route's first request may already be on its way (early-requests.ts, issue 10).
  fetchImpl: (input, init) =>
    takeEarlyRequest(String(input), init) ?? (config.fetchImpl ?? fetch)(input, init),
});

export function configureApi(next: Partial<ApiConfig>): void {
  config = { ...config, ...next };
}

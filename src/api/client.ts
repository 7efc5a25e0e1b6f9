/**
 * The one HTTP client the API modules share. The session wires in the token and what a 401 does
 * (`configureApi`); tests may replace fetch.
 */
import type { ApiError } from './api-error';
import { takeEarlyRequest } from './early-requests';
import { HttpClient } from './http';

interface ApiConfig {
  getToken: () => string | null;
  onUnauthorized?: (error: ApiError) => void;
  fetchImpl?: typeof fetch;
}

let config: ApiConfig = { getToken: () => null };

export const http = new HttpClient({
  getToken: () => config.getToken(),
  onUnauthorized: (error) => config.onUnauthorized?.(error),
  // The route's first request may already be on its way (early-requests.ts, issue 10).
  fetchImpl: (input, init) =>
    takeEarlyRequest(String(input), init) ?? (config.fetchImpl ?? fetch)(input, init),
});

export function configureApi(next: Partial<ApiConfig>): void {
  config = { ...config, ...next };
}

/**
 * The one HTTP client the API modules share. The session wires in the token and what a 401 does
 * (`configureApi`); tests may replace fetch.
 */
import type { ApiError } from './api-error';
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
  fetchImpl: (input, init) => (config.fetchImpl ?? fetch)(input, init),
});

export function configureApi(next: Partial<ApiConfig>): void {
  config = { ...config, ...next };
}

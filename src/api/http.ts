/**
 * The HTTP client under every API module: sends and parses JSON, turns failures into ApiError,
 * times out, and can be cancelled. It never holds the NHN token: the console's server adds it from
 * the session cookie (src/domain/console-session.ts, issue 12); every request carries the
 * console's own header, without which the server refuses a state-changing call. A 401 from any
 * authenticated call is reported to `onUnauthorized` (the session ends, the operator signs in again).
 *
 * A failure is any HTTP error status, and also an answer in NHN's API-gateway convention whose
 * `header.isSuccessful` is false even when it comes with HTTP 200: that is a refusal, never data.
 * `Retry-After` on a failure (429, 503) is kept on the error, for the back-off (back-off.ts).
 */

import {
  CONSOLE_REQUEST_HEADER,
  CONSOLE_REQUEST_VALUE,
  PROXY_ERROR_HEADER,
} from '../domain/console-session';
import { ApiError, gatewayHeader, parseErrorBody, parseRetryAfter } from './api-error';
import { noteBackendAnswer } from './backend';

export type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** A call of the session (all but sign-in and sign-out): its 401 means the session ended. */
  auth?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export interface HttpClientOptions {
  onUnauthorized?: (error: ApiError) => void;
  fetchImpl?: typeof fetch;
  defaultTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

/** The API path without the `/api/{service}/{region}/…/{tenant}` prefix, for messages. */
function describeRequest(method: string, url: string): string {
  const path = url.split('?')[0] ?? url;
  return `${method} ${path.replace(/^\/api\/[^/]+(\/[a-z0-9]+)?(\/v2(\.0)?(\/[0-9a-f]{32})?)?/, '')}`;
}

export class HttpClient {
  constructor(private readonly options: HttpClientOptions) {}

  async request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const method = options.method ?? 'GET';
    const url = buildUrl(path, options.query);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      [CONSOLE_REQUEST_HEADER]: CONSOLE_REQUEST_VALUE,
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const fetchImpl = this.options.fetchImpl ?? fetch;

    let response: Response;
    try {
      response = await fetchImpl(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal,
      });
    } catch (error) {
      // A cancellation by the caller is not an error to report: let it through as it is.
      if (options.signal?.aborted) throw error;
      if (timeout.aborted) {
        throw new ApiError(
          0,
          'timeout',
          `No answer within ${Math.round(timeoutMs / 1000)} s.`,
          'timeout',
          describeRequest(method, url),
        );
      }
      throw new ApiError(
        0,
        'network',
        `The API could not be reached (${(error as Error).message}).`,
        'network',
        describeRequest(method, url),
      );
    }

    const raw = await response.text();
    let body: unknown = raw;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const refusedByGateway = gatewayHeader(body)?.isSuccessful === false;
    if (!response.ok || refusedByGateway) {
      const { code, message, resultCode } = parseErrorBody(
        response.status,
        body,
        response.statusText,
      );
      const error = new ApiError(
        response.status,
        code,
        message,
        'http',
        describeRequest(method, url),
        {
          retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
          resultCode,
          fromConsole: response.headers.get(PROXY_ERROR_HEADER) ?? undefined,
        },
      );
      if (response.status === 401 && options.auth !== false) this.options.onUnauthorized?.(error);
      throw error;
    }
    noteBackendAnswer(response.headers);
    return {
      data: (raw === '' ? undefined : body) as T,
      status: response.status,
      headers: response.headers,
    };
  }

  async get<T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<T> {
    return (await this.request<T>(path, { ...options, method: 'GET' })).data;
  }
}

/**
 * Requests the page started before the console's code arrived (public/early-requests.js, issue
 * 10): the route's first page of servers, asked for as the HTML loads. The HTTP client takes such
 * a request over when it sends the very same one (GET, same URL: the URL names the tenant, and the
 * session cookie went with both), once, and only while it is fresh: a later request for that URL
 * wants a newer answer.
 */

/** Where public/early-requests.js leaves its requests (a global: it is a plain script). */
export const EARLY_REQUESTS_GLOBAL = '__nhnEarlyRequests';
/** An early request older than this is not the answer a request made now expects. */
export const EARLY_REQUEST_FRESH_MS = 10_000;

interface EarlyRequest {
  /** Date.now() when it was sent. */
  at: number;
  response: Promise<Response>;
}

type Registry = Record<string, EarlyRequest | undefined>;

/**
 * The early request for `url`, if one was made and is still fresh, as the
 * answer to this request; else null (the caller fetches). Taken once: the next request for the
 * same URL goes to the network. The request's own signal (its timeout) still applies.
 */
export function takeEarlyRequest(
  url: string,
  init: RequestInit | undefined,
  scope: object = globalThis,
  now: number = Date.now(),
): Promise<Response> | null {
  const global = scope as Record<string, Registry | undefined>;
  const registry = global[EARLY_REQUESTS_GLOBAL];
  if (!registry) {
    // The console asks for itself from now on: a script that runs late must not ask again.
    global[EARLY_REQUESTS_GLOBAL] = {};
    return null;
  }
  const early = registry[url];
  if (!early) return null;
  delete registry[url];
  const method = (init?.method ?? 'GET').toUpperCase();
  if (method !== 'GET') return null;
  if (now - early.at > EARLY_REQUEST_FRESH_MS) return null;
  const signal = init?.signal;
  if (!signal) return early.response;
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    early.response.then(resolve, reject);
  });
}

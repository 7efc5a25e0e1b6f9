/**
 * The query options a page shares with its route's loader (src/app/route-data.ts, issue 10).
 */

/**
 * A page's queries as its route's loader asks for them: an error the loader met is shown, not
 * asked again when the page mounts (react-query's retryOnMount). The loader and the page are one
 * load: asking again at once would send a refused request twice (a 4xx is NHN Cloud's answer,
 * not a fault to retry: src/api/back-off.ts), and hide the refusal behind the second answer.
 * The page's "Try again" and a region switch still ask again.
 */
export function loadedByRoute<T extends Record<string, object>>(
  queries: T,
): { [K in keyof T]: T[K] & { retryOnMount: false } } {
  return Object.fromEntries(
    Object.entries(queries).map(([name, options]) => [name, { ...options, retryOnMount: false }]),
  ) as { [K in keyof T]: T[K] & { retryOnMount: false } };
}

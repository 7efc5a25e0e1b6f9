/**
 * The console's own session between the browser and its server (issue 12; the backend-for-frontend
 * pattern of IETF "OAuth 2.0 for Browser-Based Applications"): the server keeps the NHN token,
 * sealed into an HttpOnly cookie, and adds `X-Auth-Token` upstream; page JavaScript never sees it.
 * Read by the browser (src/api) and the server (server/proxy) alike.
 */

/** Sign in (POST, the NHN Cloud credentials) and sign out (DELETE). */
export const SESSION_PATH = '/api/session';
/** The cookie that carries the sealed token: HttpOnly, SameSite=Strict, Path=/api. */
export const SESSION_COOKIE = 'nhn-console-session';
/**
 * A header only the console's own code sends: a cross-site form or image cannot, and a cross-site
 * fetch with it needs a CORS preflight the server never grants. State-changing calls need it.
 */
export const CONSOLE_REQUEST_HEADER = 'X-Requested-With';
export const CONSOLE_REQUEST_VALUE = 'nhn-console';

/**
 * Marks an answer the console's own server made (server/proxy/forward.ts says when each is
 * sent), so the browser never presents it as NHN Cloud's words.
 */
export const PROXY_ERROR_HEADER = 'X-NHN-Console-Proxy-Error';
export type ProxyErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'too-large'
  | 'method'
  | 'no-upstream'
  | 'session'
  | 'cross-site';

/**
 * The security headers of the console's documents, written once for the production server
 * (server/serve.ts) and the Vite dev and preview servers (./vite-proxy.ts). Issue 12.
 *
 * Content-Security-Policy (MDN, "Content-Security-Policy"; OWASP Content Security Policy Cheat
 * Sheet): scripts only from the console's own origin (the built index.html has no inline script:
 * serve.test.ts checks the source index.html), styles also inline (Mantine sets style attributes),
 * images also as data: URLs (the inline icon), fetch/XHR only to the console itself (/api/).
 * `base-uri 'none'`: an injected <base> cannot redirect the page's relative URLs;
 * `form-action 'self'`: a form can submit only to the console; `frame-ancestors 'none'`: no page
 * may frame the console (clickjacking), said again as `X-Frame-Options: DENY` for browsers
 * without CSP level 2 — the same answer, never SAMEORIGIN against 'none'.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
].join('; ');

/**
 * The dev server's policy: only what does not restrict scripts, styles or connections. Vite's dev
 * server injects inline module scripts (@vitejs/plugin-react's refresh preamble), inline styles,
 * and talks to its HMR WebSocket, so script-src, style-src and connect-src are left out there;
 * framing, <base>, forms and plugins are held as in production.
 */
export const DEV_CONTENT_SECURITY_POLICY = [
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Every document's headers (and the API's answers'), but for the policy. The set Hono's
 * secureHeaders() sent before (OWASP HTTP Headers Cheat Sheet), with X-Frame-Options DENY to
 * match frame-ancestors 'none', and without Strict-Transport-Security: see hstsFor().
 */
export const DOCUMENT_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
} as const;

/** 180 days, as Hono's default was; subdomains too (OWASP HTTP Strict Transport Security). */
const HSTS = 'max-age=15552000; includeSubDomains';

/**
 * Strict-Transport-Security, for an answer to a request that came over HTTPS, else null: RFC 6797
 * §7.2, "An HSTS Host MUST NOT include the STS header field in HTTP responses conveyed over
 * non-secure transport". Behind a TLS-terminating proxy the request reaches this server as plain
 * HTTP, so the proxy in front sends the header itself.
 */
export function hstsFor(url: string): string | null {
  return new URL(url).protocol === 'https:' ? HSTS : null;
}

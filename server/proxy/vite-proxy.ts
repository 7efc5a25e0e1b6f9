/**
 * The Vite dev and preview servers' /api/: the same handler as the production server's
 * (./api.ts: table, header rules, session, cross-site checks), mounted as a connect middleware.
 * Vite adds a plugin's middleware after its own host check (allowedHosts, against DNS rebinding)
 * and CORS handling, and before its transforms and HTML fallback, so /api/ never reaches those.
 * Vite's http-proxy is not used: a second proxy would be a second set of rules to keep equal,
 * and it cannot keep the session.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { type ApiHandler, createApiHandler } from './api.ts';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  DOCUMENT_HEADERS,
} from './security-headers.ts';
import { sessionKeyFromEnv } from './session.ts';
import type { Upstream } from './upstreams.ts';

const isApiPath = (url: string) =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * A connect middleware that answers every /api/ request with `handler` (node req/res converted
 * to fetch's Request and Response by @hono/node-server) and passes everything else on.
 */
function apiMiddleware(handler: ApiHandler) {
  // Vite's process is not ours: leave its global Request and Response as they are.
  const listener = getRequestListener(handler, { overrideGlobalObjects: false });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!isApiPath(req.url ?? '')) {
      next();
      return;
    }
    void listener(req, res);
  };
}

/**
 * The plugin for vite.config.ts. Each server (dev, preview) makes one handler, and so reads one
 * session key, as it starts, and keeps it for its whole life: NHN_CONSOLE_SESSION_SECRET's, or
 * this process's random one (./session.ts). A too-short secret stops the server at start with
 * the reason (not `vite build`, which serves nothing).
 */
export function apiPlugin(
  table: readonly Upstream[],
  options: { fetchImpl?: typeof fetch } = {},
): Plugin {
  const middleware = () =>
    apiMiddleware(
      createApiHandler({ table, key: sessionKeyFromEnv(), fetchImpl: options.fetchImpl }),
    );
  return {
    name: 'nhn-console-api',
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
  };
}

/** The headers every answer of the dev server carries: the production set, a dev policy. */
const DEV_SERVER_HEADERS: Readonly<Record<string, string>> = {
  ...DOCUMENT_HEADERS,
  'Content-Security-Policy': DEV_CONTENT_SECURITY_POLICY,
};
/** The preview server serves the build, as the production server does: its policy too. */
const PREVIEW_SERVER_HEADERS: Readonly<Record<string, string>> = {
  ...DOCUMENT_HEADERS,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

function headersMiddleware(headers: Readonly<Record<string, string>>) {
  return (_req: IncomingMessage, res: ServerResponse, next: () => void) => {
    // Set before any later middleware answers: Node merges them into its writeHead.
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

/**
 * The security headers of ./security-headers.ts on every answer of the dev and preview servers,
 * the API's included (issue 12). No Strict-Transport-Security: these servers speak plain HTTP.
 * The dev server's policy leaves scripts, styles and connections alone (Vite's HMR needs inline
 * scripts and its WebSocket); the preview server's is the production one. Listed before
 * apiPlugin, so its middleware runs first.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'nhn-console-security-headers',
    configureServer(server) {
      server.middlewares.use(headersMiddleware(DEV_SERVER_HEADERS));
    },
    configurePreviewServer(server) {
      server.middlewares.use(headersMiddleware(PREVIEW_SERVER_HEADERS));
    },
  };
}

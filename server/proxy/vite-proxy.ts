/**
 * The Vite dev server's proxy, built from the upstream table, and a guard that answers 404 for
 * any other /api/ path instead of letting it through.
 */
import type { Plugin, ProxyOptions } from 'vite';
import { DROPPED_REQUEST_HEADERS, resolveUpstream, type Upstream } from './upstreams.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function viteProxyConfig(table: readonly Upstream[]): Record<string, ProxyOptions> {
  const config: Record<string, ProxyOptions> = {};
  for (const { prefix, target } of table) {
    config[`^${escapeRegExp(prefix)}(?=/|\\?|$)`] = {
      target,
      changeOrigin: true,
      secure: true,
      rewrite: (path) => path.slice(prefix.length),
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyReq) => {
          for (const header of DROPPED_REQUEST_HEADERS) proxyReq.removeHeader(header);
        });
      },
    };
  }
  return config;
}

export function apiGuardPlugin(table: readonly Upstream[]): Plugin {
  const guard = (
    req: { url?: string },
    res: {
      statusCode: number;
      setHeader(name: string, value: string): void;
      end(body: string): void;
    },
    next: () => void,
  ) => {
    const url = req.url ?? '';
    if (
      (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) &&
      !resolveUpstream(table, url)
    ) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({ error: { code: 404, message: `No upstream for ${url.split('?')[0]}` } }),
      );
      return;
    }
    next();
  };
  return {
    name: 'nhn-api-guard',
    configureServer(server) {
      server.middlewares.use(guard);
    },
    configurePreviewServer(server) {
      server.middlewares.use(guard);
    },
  };
}

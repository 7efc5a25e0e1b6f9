import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routeChunks } from './scripts/route-chunks.ts';
import { slimMantine } from './scripts/slim-mantine.ts';
import { precompressPlugin } from './server/precompress.ts';
import { backendFromEnv, emulatorUrlFromEnv, upstreamTable } from './server/proxy/upstreams.ts';
import { apiPlugin, securityHeadersPlugin } from './server/proxy/vite-proxy.ts';

// /api/ in the dev and preview servers: the production server's handler (server/proxy/api.ts),
// the same table, session and checks, mounted as a middleware; before it, the production
// server's security headers (a dev policy that leaves Vite's HMR alone: server/proxy/vite-proxy.ts).
const table = upstreamTable(backendFromEnv(), emulatorUrlFromEnv());
// Fewer, larger chunks for the signed-in console, none of them on the login page (issue 10).
const chunks = routeChunks();

function reactRouterBuild(file: string): string {
  return fileURLToPath(
    new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url),
  );
}

export default defineConfig(({ command }) => ({
  // react-router 7 lists only its development build in package.json's exports, so a production
  // build ships its dev warnings and checks (remix-run/react-router#12532, #14753): ~30 ms of the
  // instances list's first render on this machine (issue 10). The production build beside it has
  // the same API; the build takes it, the dev server keeps the warnings.
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^react-router$/, replacement: reactRouterBuild('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterBuild('dom-export.mjs') },
          ],
        }
      : {},
  // precompressPlugin runs on `vite build` only: brotli and gzip copies for server/serve.ts.
  plugins: [
    react(),
    securityHeadersPlugin(),
    apiPlugin(table),
    precompressPlugin(),
    slimMantine(),
    chunks.plugin,
  ],
  build: {
    // Read by the production server to name each first page's chunks in its HTML (server/route-preloads.ts).
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: chunks.groups } } },
  },
  // No cross-origin calls at all (issue 12). Vite 8's default, `{ origin: /^https?:\/\/(…localhost|
  // 127.0.0.1|[::1])(:\d+)?$/ }`, lets any page on a local port (another dev server, a local
  // file's server) call this one and read the answer; the console's pages are same-origin and need
  // no CORS. Vite's own allowedHosts default (localhost and IP addresses) still guards the Host.
  server: {
    host: '127.0.0.1',
    port: 5173,
    cors: false,
  },
  preview: {
    host: '127.0.0.1',
    cors: false,
  },
}));

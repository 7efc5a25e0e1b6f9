import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routeChunks } from './scripts/route-chunks.ts';
import { slimMantine } from './scripts/slim-mantine.ts';
import { precompressPlugin } from './server/precompress.ts';
import { backendFromEnv, emulatorUrlFromEnv, upstreamTable } from './server/proxy/upstreams.ts';
import { apiPlugin } from './server/proxy/vite-proxy.ts';

// /api/ in the dev and preview servers: the production server's handler (server/proxy/api.ts),
// the same table, session and checks, mounted as a middleware.
const table = upstreamTable(backendFromEnv(), emulatorUrlFromEnv());
// Fewer, larger chunks for the signed-in console, none of them on the login page (issue 10).
const chunks = routeChunks();

export default defineConfig({
  // precompressPlugin runs on `vite build` only: brotli and gzip copies for server/serve.ts.
  plugins: [react(), apiPlugin(table), precompressPlugin(), slimMantine(), chunks.plugin],
  build: {
    // Read by the production server to name each first page's chunks in its HTML (server/route-preloads.ts).
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: chunks.groups } } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
  preview: {
    host: '127.0.0.1',
  },
});

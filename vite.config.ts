import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routeChunks } from './scripts/route-chunks.ts';
import { slimMantine } from './scripts/slim-mantine.ts';
import { precompressPlugin } from './server/precompress.ts';
import { backendFromEnv, emulatorUrlFromEnv, upstreamTable } from './server/proxy/upstreams.ts';
import { apiGuardPlugin, viteProxyConfig } from './server/proxy/vite-proxy.ts';

// The dev server's proxy comes from the same table as the production server's (server/serve.ts).
const table = upstreamTable(backendFromEnv(), emulatorUrlFromEnv());
// Fewer, larger chunks for the signed-in console, none of them on the login page (issue 10).
const chunks = routeChunks();

export default defineConfig({
  // precompressPlugin runs on `vite build` only: brotli and gzip copies for server/serve.ts.
  plugins: [react(), apiGuardPlugin(table), precompressPlugin(), slimMantine(), chunks.plugin],
  build: {
    // Read by the production server to name each first page's chunks in its HTML (server/route-preloads.ts).
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: chunks.groups } } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: viteProxyConfig(table),
  },
  preview: {
    host: '127.0.0.1',
    proxy: viteProxyConfig(table),
  },
});

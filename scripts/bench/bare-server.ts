/**
 * The floor of the emulator's load figure (issue 10): a bare Hono server, on the same Node server
 * adapter as the emulator, answering every GET with the JSON the emulator gave for
 * `servers/detail?limit=100` — everything but the emulator's own work.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = readFileSync(process.env.BENCH_JSON_FILE ?? '', 'utf8');
const app = new Hono();
app.get('*', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (info) =>
  console.log(`bare server listening on http://${info.address}:${info.port}`),
);

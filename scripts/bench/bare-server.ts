/**
 * The floor of the emulator's load figure (issue 10): a bare Hono server, on the same Node server
 * adapter as the emulator, answering every GET with the JSON the emulator gave for
 * `servers/detail?limit=100` — everything but the emulator's own work.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// The answer's bytes, read once and sent as they are: the least work any server can do for this
// request (routing and writing). A floor must cost no more than the thing measured: the emulator
// keeps each server's rendered JSON as bytes (server/emulator/indexes.ts), so a floor that
// encoded a string, or serialized with c.json, on every request would cost more than it does.
const body = new Uint8Array(readFileSync(process.env.BENCH_JSON_FILE ?? ''));
const app = new Hono();
app.get('*', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (info) =>
  console.log(`bare server listening on http://${info.address}:${info.port}`),
);

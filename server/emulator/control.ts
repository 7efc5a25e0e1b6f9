/**
 * The control API under /_emulator/ (tests and demos only; the proxy never forwards to it):
 * reset to the seed, inject and clear faults, complete pending transitions or step the clock,
 * and expire tokens.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { type Deps, readBody } from './context';
import { notFound } from './errors';
import { type Faults, faultSchema } from './faults';

const clockBody = z.object({
  advanceMs: z
    .number()
    .int()
    .min(0)
    .max(366 * 24 * 3600 * 1000),
});

export function controlService({ store }: Deps, faults: Faults) {
  const app = new Hono();

  app.get('/health', (c) => c.json({ ok: true }));

  app.post('/reset', (c) => {
    store.reset();
    faults.clear();
    return c.json({ reset: true });
  });

  app.get('/faults', (c) => c.json({ faults: faults.list() }));
  app.post('/faults', async (c) => {
    const spec = await readBody(c, faultSchema);
    return c.json({ fault: faults.add(spec) }, 201);
  });
  app.delete('/faults', (c) => {
    faults.clear();
    return c.body(null, 204);
  });
  app.delete('/faults/:id', (c) => {
    if (!faults.remove(Number(c.req.param('id')))) throw notFound(`No fault ${c.req.param('id')}.`);
    return c.body(null, 204);
  });

  app.get('/clock', (c) =>
    c.json({
      now: new Date(store.now()).toISOString(),
      offsetMs: store.clock.offset,
      pending: store.pendingCount(),
    }),
  );
  app.post('/clock', async (c) => {
    const { advanceMs } = await readBody(c, clockBody);
    const applied = store.advance(advanceMs);
    return c.json({
      now: new Date(store.now()).toISOString(),
      applied,
      pending: store.pendingCount(),
    });
  });
  app.post('/settle', (c) => {
    const applied = store.settle();
    store.touch();
    return c.json({ applied, now: new Date(store.now()).toISOString() });
  });

  app.post('/tokens/expire', (c) => {
    const now = store.now();
    let expired = 0;
    for (const token of Object.values(store.state.tokens)) {
      if (token.expiresAt > now) {
        token.expiresAt = now;
        expired++;
      }
    }
    store.touch();
    return c.json({ expired });
  });

  return app;
}

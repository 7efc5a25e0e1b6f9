/**
 * Instance metadata (current guide, 인스턴스 메타데이터): list, show, create or change one key,
 * delete one key — and Nova's two whole-set forms beside them (PUT replaces every key, POST
 * merges), which stock OpenStack clients use. Keys and values are at most 255 characters and an
 * instance holds at most 128 (src/domain/server-metadata.ts). Changes are refused outside the
 * statuses Nova allows (the domain's setMetadata / deleteMetadata gates), before anything changes.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { checkAction, type ServerActionId } from '../../../src/domain/server-actions';
import { checkMetadataItem, describeMetadataProblem } from '../../../src/domain/server-metadata';
import { type Ctx, type Deps, type EmulatorEnv, readBody } from '../context';
import { badRequest, conflict, EmulatorError, notFound } from '../errors';
import type { ServerRecord } from '../state';
import { gateMessage } from './compute-gate';
import type { FoundServer } from './compute-scope';

const metadataObject = z.record(z.string(), z.string('metadata values must be strings'));
const metaBody = z.object({ meta: metadataObject });
const metadataBody = z.object({ metadata: metadataObject });

export function registerServerMetadata(
  app: Hono<EmulatorEnv>,
  { store }: Deps,
  findServer: (c: Ctx) => FoundServer,
) {
  const gate = (action: ServerActionId, apiName: string, server: ServerRecord) => {
    const check = checkAction(action, server);
    if (!check.allowed) throw conflict(gateMessage(apiName, server, check));
  };

  /** Every key-value pair checked against what the instance will then hold. */
  const checkItems = (items: Record<string, string>, keysAfter: string[]) => {
    for (const [key, value] of Object.entries(items)) {
      const problem = checkMetadataItem(
        key,
        value,
        keysAfter.filter((k) => k !== key),
      );
      if (!problem) continue;
      // Nova answers a quota breach with 403 and a bad item with 400.
      const message = describeMetadataProblem(problem);
      throw problem.code === 'tooMany' ? new EmulatorError(403, message) : badRequest(message);
    }
  };

  const commit = (server: ServerRecord, metadata: Record<string, string>) => {
    server.metadata = metadata;
    server.updated = store.now();
    store.touch();
  };

  app.get('/servers/:serverId/metadata', (c) => {
    const { server } = findServer(c);
    return c.json({ metadata: server.metadata });
  });

  app.get('/servers/:serverId/metadata/:key', (c) => {
    const { server } = findServer(c);
    const key = c.req.param('key');
    if (!Object.hasOwn(server.metadata, key)) {
      throw notFound(`Metadata item was not found: ${key.slice(0, 64)}`);
    }
    return c.json({ meta: { [key]: server.metadata[key] } });
  });

  // 인스턴스 메타데이터 생성/수정하기: the body names exactly the key of the URL.
  app.put('/servers/:serverId/metadata/:key', async (c) => {
    const { meta } = await readBody(c, metaBody);
    const { server } = findServer(c);
    const key = c.req.param('key');
    const keys = Object.keys(meta);
    if (keys.length !== 1) throw badRequest('Request body contains too many items: give one key.');
    if (keys[0] !== key) throw badRequest('Request body and URI mismatch');
    gate('setMetadata', 'update_instance_metadata', server);
    const value = meta[key] as string;
    checkItems({ [key]: value }, Object.keys(server.metadata));
    commit(server, { ...server.metadata, [key]: value });
    return c.json({ meta: { [key]: value } });
  });

  app.delete('/servers/:serverId/metadata/:key', (c) => {
    const { server } = findServer(c);
    const key = c.req.param('key');
    if (!Object.hasOwn(server.metadata, key)) {
      throw notFound(`Metadata item was not found: ${key.slice(0, 64)}`);
    }
    gate('deleteMetadata', 'delete_instance_metadata', server);
    const { [key]: _removed, ...rest } = server.metadata;
    commit(server, rest);
    return c.body(null, 204);
  });

  // Nova's whole-set forms: PUT replaces every key, POST adds and changes the keys given.
  app.put('/servers/:serverId/metadata', async (c) => {
    const { metadata } = await readBody(c, metadataBody);
    const { server } = findServer(c);
    gate('setMetadata', 'update_instance_metadata', server);
    checkItems(metadata, Object.keys(metadata));
    commit(server, { ...metadata });
    return c.json({ metadata: server.metadata });
  });

  app.post('/servers/:serverId/metadata', async (c) => {
    const { metadata } = await readBody(c, metadataBody);
    const { server } = findServer(c);
    gate('setMetadata', 'update_instance_metadata', server);
    const merged = { ...server.metadata, ...metadata };
    checkItems(metadata, Object.keys(merged));
    commit(server, merged);
    return c.json({ metadata: server.metadata });
  });
}

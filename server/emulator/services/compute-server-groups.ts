/**
 * Placement policies (current guide, 배치 정책: os-server-groups): create, list, show, delete.
 * Only `anti-affinity` (src/domain/server-group.ts). Members are the servers created with
 * `os:scheduler_hints.group` (compute-create.ts) and leave when they are deleted (store.ts).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { checkServerGroup, describeServerGroupProblem } from '../../../src/domain/server-group';
import { type Ctx, type Deps, type EmulatorEnv, readBody } from '../context';
import { badRequest, notFound } from '../errors';
import { newUuid } from '../ids';
import { renderServerGroup } from '../render';
import { computeScope } from './compute-scope';

const createBody = z.object({
  server_group: z.object({
    name: z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') }),
    policies: z.array(z.string().max(255), {
      error: (i) => (i.input === undefined ? 'is required' : 'must be a list of policies'),
    }),
  }),
});

export function registerServerGroups(app: Hono<EmulatorEnv>, { store }: Deps) {
  const findGroup = (c: Ctx) => {
    const scope = computeScope(c, store);
    const id = c.req.param('groupId') ?? '';
    const group = scope.tenant.serverGroups.find((g) => g.id === id);
    if (!group) throw notFound(`Instance group ${id.slice(0, 64)} could not be found.`);
    return { ...scope, group };
  };

  app.get('/os-server-groups', (c) => {
    const { tenant } = computeScope(c, store);
    return c.json({ server_groups: tenant.serverGroups.map(renderServerGroup) });
  });

  app.post('/os-server-groups', async (c) => {
    const { server_group: request } = await readBody(c, createBody);
    const { tenant } = computeScope(c, store);
    const problem = checkServerGroup(request.name, request.policies);
    if (problem) throw badRequest(describeServerGroupProblem(problem));
    const group = {
      id: newUuid(),
      name: request.name,
      policies: [...request.policies],
      members: [],
      createdAt: store.now(),
    };
    tenant.serverGroups.push(group);
    store.touch();
    return c.json({ server_group: renderServerGroup(group) });
  });

  app.get('/os-server-groups/:groupId', (c) => {
    const { group } = findGroup(c);
    return c.json({ server_group: renderServerGroup(group) });
  });

  // Nova deletes a group with members too: they keep running, no longer held apart.
  app.delete('/os-server-groups/:groupId', (c) => {
    const { group, tenant } = findGroup(c);
    tenant.serverGroups = tenant.serverGroups.filter((g) => g.id !== group.id);
    store.touch();
    return c.body(null, 204);
  });
}

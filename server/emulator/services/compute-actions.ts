/**
 * POST /servers/{id}/action (spec: 인스턴스 추가 기능). Which status allows which action comes from
 * the domain's action table; this module walks each action's state changes.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { CREATE_LIMITS } from '../../../src/domain/create-server-plan';
import { IMAGE_NAME_MAX } from '../../../src/domain/image-rules';
import { serverOsType } from '../../../src/domain/os-type';
import { checkResizeTarget, describeResizeProblem } from '../../../src/domain/resize-rules';
import { checkAction, type ServerActionId } from '../../../src/domain/server-actions';
import {
  type Ctx,
  type Deps,
  describeZodError,
  type EmulatorEnv,
  refuseProtoKeys,
  requestOrigin,
} from '../context';
import { badRequest, conflict, notFound } from '../errors';
import { newUuid } from '../ids';
import { actionFlow, POWER, settledAs } from '../lifecycle';
import type { ImageRecord, Op, ServerRecord } from '../state';
import { gateMessage } from './compute-gate';
import type { FoundServer } from './compute-scope';

const name255 = z.string().min(1, 'must not be empty').max(255, 'longer than 255 characters');
const imageName = z
  .string()
  .min(1, 'must not be empty')
  .max(IMAGE_NAME_MAX, `longer than ${IMAGE_NAME_MAX} characters`);
// createImage's metadata: keys and values of at most 255 characters, the limit the create-image
// dialog holds before it sends (CREATE_LIMITS.metadataMax; issue 11: one rule, one place).
const metadataText = z.string().max(CREATE_LIMITS.metadataMax);
const metadata = z.record(metadataText, metadataText).optional();

const ACTION_BODIES = {
  'os-start': z.null(),
  unshelve: z.union([z.null(), z.object({ availability_zone: z.string().nullable().optional() })]),
  'os-stop': z.null(),
  shelve: z.null(),
  reboot: z.object({ type: z.enum(['SOFT', 'HARD', 'soft', 'hard']) }),
  resize: z.object({
    flavorRef: z.union([z.string().min(1), z.number().int()]).transform(String),
    'OS-DCF:diskConfig': z.enum(['MANUAL', 'AUTO']).optional(),
  }),
  createImage: z.object({ name: imageName, metadata }),
  addSecurityGroup: z.object({ name: name255 }),
  removeSecurityGroup: z.object({ name: name255 }),
} as const;

type ActionKey = keyof typeof ACTION_BODIES;

export function registerServerActions(
  app: Hono<EmulatorEnv>,
  { store, config }: Deps,
  findServer: (c: Ctx) => FoundServer,
) {
  const T = config.transitionMs;

  /** Refuses with 409 (state) or 400 (flavor condition) when the action table says no. */
  const gate = (action: ServerActionId, apiName: string, scope: FoundServer) => {
    const flavor = scope.regionState.flavors.find((f) => f.id === scope.server.flavorId);
    const check = checkAction(action, { ...scope.server, flavorName: flavor?.name ?? '' });
    if (check.allowed) return;
    const message = gateMessage(apiName, scope.server, check);
    throw check.reason === 'u2-only' ? badRequest(message) : conflict(message);
  };

  /** Applies the first step now and queues the rest, one transition apart. */
  const run = (
    scope: FoundServer,
    now: Partial<ServerRecord>,
    later: { set: Partial<ServerRecord>; stamp?: (keyof ServerRecord)[] }[],
    extra: Op[][] = [],
  ) => {
    const { server, region, tenantId } = scope;
    store.cancelServerSteps(server.id);
    Object.assign(server, now, { updated: store.now() });
    later.forEach((step, i) => {
      store.schedule(T * (i + 1), [
        { op: 'server', region, tenantId, id: server.id, set: step.set, stamp: step.stamp },
        ...(extra[i] ?? []),
      ]);
    });
    store.touch();
  };

  const portsState = (scope: FoundServer, status: 'ACTIVE' | 'DOWN'): Op => ({
    op: 'ports',
    region: scope.region,
    tenantId: scope.tenantId,
    deviceId: scope.server.id,
    set: { status },
  });

  app.post('/servers/:serverId/action', async (c) => {
    const text = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw badRequest(`Malformed request body: ${(error as Error).message}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw badRequest('The action body must be a JSON object with one action.');
    }
    const keys = Object.keys(body);
    if (keys.length !== 1) {
      throw badRequest(`The action body must name exactly one action; it names ${keys.length}.`);
    }
    const key = keys[0] as string;
    if (!Object.hasOwn(ACTION_BODIES, key)) {
      throw badRequest(`There is no such action: ${key.slice(0, 64)}`);
    }
    // createImage's metadata is a record: its keys are the request's (see refuseProtoKeys).
    refuseProtoKeys(body);
    // Parsed under its key, so every message names the field, even when the action's value
    // itself has the wrong type (`{"reboot": null}` → "… field/attribute reboot: …"), as the
    // spec's request tables name each body field (인스턴스 추가 기능).
    const parsed = z
      .object({ [key]: ACTION_BODIES[key as ActionKey] })
      .safeParse({ [key]: (body as Record<string, unknown>)[key] });
    if (!parsed.success) throw badRequest(describeZodError(parsed.error));
    const args: unknown = (parsed.data as Record<string, unknown>)[key];
    const scope = findServer(c);
    const { server, region, tenantId, regionState, tenant } = scope;

    switch (key as ActionKey) {
      case 'os-start': {
        gate('start', 'os-start', scope);
        const flow = actionFlow('start', server);
        run(scope, flow.now, flow.later, [[portsState(scope, 'ACTIVE')]]);
        return c.body(null, 202);
      }
      case 'os-stop': {
        gate('stop', 'os-stop', scope);
        const flow = actionFlow('stop', server);
        run(scope, flow.now, flow.later, [[portsState(scope, 'DOWN')]]);
        return c.body(null, 202);
      }
      case 'shelve': {
        gate('shelve', 'shelve', scope);
        const flow = actionFlow('shelve', server);
        run(scope, flow.now, flow.later, [[portsState(scope, 'DOWN')]]);
        return c.body(null, 202);
      }
      case 'unshelve': {
        gate('unshelve', 'unshelve', scope);
        const flow = actionFlow('unshelve', server);
        run(scope, flow.now, flow.later, [[portsState(scope, 'ACTIVE')]]);
        return c.body(null, 202);
      }
      case 'reboot': {
        const hard = (args as { type: string }).type.toUpperCase() === 'HARD';
        gate(hard ? 'hardReboot' : 'softReboot', 'reboot', scope);
        const flow = actionFlow(hard ? 'hardReboot' : 'softReboot', server);
        run(scope, flow.now, flow.later, [[portsState(scope, 'ACTIVE')]]);
        return c.body(null, 202);
      }
      case 'resize': {
        const { flavorRef } = args as { flavorRef: string };
        const target = regionState.flavors.find(
          (f) => f.id === flavorRef || flavorRef.endsWith(`/${f.id}`),
        );
        if (!target)
          throw badRequest(
            `Unable to find flavor '${flavorRef.slice(0, 64)}': invalid flavorRef provided.`,
          );
        const current = regionState.flavors.find((f) => f.id === server.flavorId);
        gate('resize', 'resize', scope);
        // The OS as the console reads it (src/domain/os-type.ts): the image's os_type, else the
        // metadata's — a server booted from a volume names no image, yet Windows needs 2 GB.
        const image = regionState.images.find((i) => i.id === server.imageId);
        const osType = serverOsType(
          server,
          image ? { os_type: image.properties.os_type } : undefined,
        );
        const problem = current
          ? checkResizeTarget(
              { id: current.id, name: current.name },
              { id: target.id, name: target.name, ram: target.ramMb },
              osType ? { osType } : null,
            )
          : null;
        if (problem) throw badRequest(describeResizeProblem(problem, target.name));
        const returnTo = server.status === 'SHUTOFF' ? 'SHUTOFF' : 'ACTIVE';
        run(
          scope,
          {
            // Nova's status RESIZE: vm_state stays active (or stopped) while the task runs.
            status: 'RESIZE',
            taskState: 'resize_migrating',
            resizeToFlavorId: target.id,
            resizeReturnStatus: returnTo,
          },
          [
            // Migrated: waits for confirmation, which NHN Cloud gives by itself (spec: VERIFY_RESIZE).
            {
              set: {
                status: 'VERIFY_RESIZE',
                vmState: 'resized',
                taskState: null,
                powerState: returnTo === 'ACTIVE' ? POWER.RUNNING : POWER.SHUTDOWN,
                flavorId: target.id,
              },
              stamp: returnTo === 'ACTIVE' ? ['launchedAt'] : [],
            },
            {
              set: {
                ...settledAs(returnTo),
                resizeToFlavorId: undefined,
                resizeReturnStatus: undefined,
              },
            },
          ],
        );
        return c.body(null, 202);
      }
      case 'createImage': {
        const request = args as { name: string; metadata?: Record<string, string> };
        gate('createImage', 'createImage', scope);
        const base = regionState.images.find((i) => i.id === server.imageId);
        const flavor = regionState.flavors.find((f) => f.id === server.flavorId);
        const now = store.now();
        const image: ImageRecord = {
          id: newUuid(),
          name: request.name,
          status: 'queued',
          visibility: 'private',
          owner: tenantId,
          minDiskGb: flavor?.diskGb ?? base?.minDiskGb ?? 0,
          minRamMb: base?.minRamMb ?? 0,
          sizeBytes: null,
          createdAt: now,
          updatedAt: now,
          protected: false,
          diskFormat: 'qcow2',
          containerFormat: 'bare',
          properties: {
            ...(base?.properties ?? {}),
            description: request.name,
            base_image_ref: server.imageId,
            ...(request.metadata ?? {}),
          },
          instanceUuid: server.id,
        };
        regionState.images.push(image);
        run(
          scope,
          { taskState: 'image_snapshot' },
          [{ set: { taskState: 'image_uploading' } }, { set: { taskState: null } }],
          [
            [{ op: 'image', region, id: image.id, set: { status: 'saving' } }],
            [
              {
                op: 'image',
                region,
                id: image.id,
                set: { status: 'active', sizeBytes: base?.sizeBytes ?? 1_073_741_824 },
              },
            ],
          ],
        );
        // The spec: the new image's URL comes back in the Location header.
        const origin = requestOrigin(c, store.config);
        c.header('Location', `${origin}/image/${region}/v2/images/${image.id}`);
        return c.body(null, 202);
      }
      case 'addSecurityGroup':
      case 'removeSecurityGroup': {
        const adding = key === 'addSecurityGroup';
        const { name } = args as { name: string };
        gate(adding ? 'addSecurityGroup' : 'removeSecurityGroup', key, scope);
        const group = tenant.securityGroups.find((g) => g.name === name || g.id === name);
        if (!group) throw notFound(`Security group ${name} not found for project ${tenantId}.`);
        const ports = tenant.ports.filter((p) => p.deviceId === server.id);
        const member = ports.some((p) => p.securityGroupIds.includes(group.id));
        if (adding && member) {
          throw badRequest(
            `Security group ${name} is already associated with the instance ${server.id}`,
          );
        }
        if (!adding && !member) {
          throw badRequest(`Security group ${name} not associated with the instance ${server.id}`);
        }
        for (const port of ports) {
          port.securityGroupIds = adding
            ? [...port.securityGroupIds, group.id]
            : port.securityGroupIds.filter((id) => id !== group.id);
        }
        server.updated = store.now();
        store.touch();
        return c.body(null, 202);
      }
    }
  });
}

/**
 * What every service handler needs: the store, the authenticated tenant, the region, and the
 * origin to build links with. Also the JSON body reader that turns every malformed body into a
 * 400 that names the problem.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { EmulatorConfig } from './config';
import { badRequest, forbidden, notFound, unauthorized } from './errors';
import { ownValue, protoKeyPath } from './own-keys';
import { isRegionId, type RegionId, type TokenRecord, USERS, type UserAccount } from './state';
import type { Store } from './store';

export interface AuthInfo {
  token: TokenRecord;
  user: UserAccount;
}

export interface EmulatorEnv {
  Variables: {
    auth: AuthInfo;
    region: RegionId;
  };
}

export interface Deps {
  store: Store;
  config: EmulatorConfig;
}

export type Ctx = Context<EmulatorEnv>;

/** Origins by the request URL's `scheme://authority`, as URL parses them (a few in use). */
const origins = new Map<string, string>();

/**
 * The origin links are built with. Parsing the whole URL on every request cost more than the
 * token check (issue 10); the origin depends only on what comes before the path, so it is parsed
 * once for each such prefix.
 */
export function requestOrigin(c: Context): string {
  const url = c.req.url;
  const path = url.indexOf('/', url.indexOf('//') + 2);
  if (path < 0) return new URL(url).origin;
  const prefix = url.slice(0, path);
  let origin = origins.get(prefix);
  if (origin === undefined) {
    origin = new URL(url).origin;
    // The Host header is the client's: keep the map small whatever it sends.
    if (origins.size >= 64) origins.clear();
    origins.set(prefix, origin);
  }
  return origin;
}

/** Validates X-Auth-Token and, for tenant paths, that the token belongs to that tenant. */
export function authenticate(
  deps: Deps,
  opts: { tenantInPath: boolean },
): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const region = c.req.param('region') ?? '';
    if (!isRegionId(region)) throw notFound(`Region '${region}' does not exist.`);
    const tokenId = c.req.header('X-Auth-Token');
    if (!tokenId) throw unauthorized();
    // Own keys only: a header such as `constructor` names no token (issue 12).
    const token = ownValue(deps.store.state.tokens, tokenId);
    if (!token || token.expiresAt <= deps.store.now()) throw unauthorized();
    const user = USERS.find((u) => u.userId === token.userId);
    if (!user) throw unauthorized();
    if (opts.tenantInPath) {
      const tenantId = c.req.param('tenantId');
      if (tenantId !== token.tenantId) {
        throw forbidden(`The token is not valid for project ${tenantId}.`);
      }
    }
    if (!user.regions.includes(region)) {
      throw forbidden(
        `Project ${user.tenantId} has no endpoint in region ${region.toUpperCase()}.`,
      );
    }
    c.set('auth', { token, user });
    c.set('region', region);
    await next();
  };
}

/** Reads a JSON body and checks it against `schema`, with Nova-style messages. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  if (text.trim() === '') throw badRequest('The request body is empty; a JSON object is required.');
  return parseBody(text, schema);
}

/** A JSON text checked against `schema`, or a 400 naming the problem. */
export function parseBody<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw badRequest(`Malformed request body: ${(error as Error).message}`);
  }
  refuseProtoKeys(json);
  const result = schema.safeParse(json);
  if (!result.success) throw badRequest(describeZodError(result.error));
  return result.data;
}

/**
 * A 400 for a body with a key `__proto__` anywhere (issue 12): refused, naming where, before
 * anything reads it, rather than dropped without a word or turned into a prototype change
 * (see protoKeyPath).
 */
export function refuseProtoKeys(json: unknown): void {
  const path = protoKeyPath(json);
  if (path !== null) {
    throw badRequest(
      `Invalid input for field/attribute ${path.slice(0, 200)}: '__proto__' cannot be used as a key.`,
    );
  }
}

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path
        ? `Invalid input for field/attribute ${path}: ${issue.message}`
        : `Invalid request body: ${issue.message}`;
    })
    .join('; ');
}

/** Parses a non-negative integer query parameter, or answers 400 naming it. */
export function intQuery(
  c: Context,
  name: string,
  opts: { min?: number; max?: number } = {},
): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  const min = opts.min ?? 0;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min) {
    throw badRequest(`${name} param must be an integer ≥ ${min}, got '${raw.slice(0, 40)}'.`);
  }
  return opts.max !== undefined ? Math.min(value, opts.max) : value;
}

/**
 * What every service handler needs: the store, the authenticated tenant, the region, and the
 * origin to build links with. Also the JSON body reader that turns every malformed body into a
 * 400 that names the problem.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { USERS, type UserAccount } from './accounts';
import type { EmulatorConfig } from './config';
import { badRequest, forbidden, notFound, unauthorized } from './errors';
import { ownValue, protoKeyPath } from './own-keys';
import { isRegionId, type RegionId, type TokenRecord } from './state';
import type { Store } from './store';

interface AuthInfo {
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

/** What the request URL's `scheme://authority` parses to (a few in use). */
interface ParsedOrigin {
  origin: string;
  /** URL's hostname: lower case, IPv4 in dotted decimal, IPv6 in brackets. */
  hostname: string;
}

const origins = new Map<string, ParsedOrigin>();

/** The request URL's origin, parsed once for each `scheme://authority` prefix (issue 10). */
function parsedOrigin(c: Context): ParsedOrigin {
  const url = c.req.url;
  const path = url.indexOf('/', url.indexOf('//') + 2);
  const prefix = path < 0 ? url : url.slice(0, path);
  let parsed = origins.get(prefix);
  if (parsed === undefined) {
    const { origin, hostname } = new URL(url);
    parsed = { origin, hostname };
    // The Host header is the client's: keep the map small whatever it sends.
    if (origins.size >= 64) origins.clear();
    origins.set(prefix, parsed);
  }
  return parsed;
}

/** Loopback names as URL writes them: localhost, 127.0.0.0/8, ::1 (also IPv4-mapped). */
export function isLoopbackHostname(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname)
  );
}

/** A host name or address (IPv6 with or without brackets) as URL writes it, or null. */
function normalHostname(host: string): string | null {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  try {
    return new URL(`http://${bracketed}`).hostname;
  } catch {
    return null;
  }
}

/** The configured host as URL writes it, and the origin links fall back to. */
interface ConfiguredOrigin {
  hostname: string | null;
  origin: string;
}

const configured = new WeakMap<Pick<EmulatorConfig, 'host' | 'port'>, ConfiguredOrigin>();

function configuredOrigin(config: Pick<EmulatorConfig, 'host' | 'port'>): ConfiguredOrigin {
  let known = configured.get(config);
  if (known === undefined) {
    const hostname = normalHostname(config.host);
    // Listening on every address names no host a client could use: loopback stands in.
    const wildcard = hostname === null || hostname === '0.0.0.0' || hostname === '[::]';
    known = {
      hostname: wildcard ? null : hostname,
      origin: `http://${wildcard ? '127.0.0.1' : hostname}:${config.port}`,
    };
    configured.set(config, known);
  }
  return known;
}

/**
 * The origin links and the token's service catalog are built with. The request's own origin
 * when its host is a loopback name or the configured NHN_EMULATOR_HOST; otherwise the
 * configured `http://host:port` (issue 12). The Host header is the client's to write: echoing
 * any host would hand out URLs on a name someone else controls (Host: evil.example, or a DNS
 * rebinding page), where the client then sends its token.
 */
export function requestOrigin(c: Context, config: Pick<EmulatorConfig, 'host' | 'port'>): string {
  const { origin, hostname } = parsedOrigin(c);
  const own = configuredOrigin(config);
  return isLoopbackHostname(hostname) || hostname === own.hostname ? origin : own.origin;
}

/** The request's URL at requestOrigin's origin (for next-page links): its path and query kept. */
export function requestUrl(c: Context, config: Pick<EmulatorConfig, 'host' | 'port'>): string {
  const url = c.req.url;
  const path = url.indexOf('/', url.indexOf('//') + 2);
  return `${requestOrigin(c, config)}${path < 0 ? '/' : url.slice(path)}`;
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

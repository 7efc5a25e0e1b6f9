/**
 * Helpers for contract tests: an emulator in memory driven over HTTP with `app.request`, signed
 * in as one of the built-in users, with path helpers for each service.
 */
import { passwordTokenRequest } from '../../src/domain/identity-types.ts';
import { USERS } from './accounts';
import { createEmulator, type Emulator } from './app';
import type { EmulatorConfig } from './config';

export const DEMO = USERS[0] as (typeof USERS)[number];
export const OTHER = USERS[1] as (typeof USERS)[number];
/**
 * Where test requests go: a loopback name, on a port other than the configured one. Links are
 * built at the request's own origin only for loopback names and the configured host (issue 12:
 * never at an arbitrary Host header's), so this is the origin the answers' links name.
 */
export const ORIGIN = 'http://localhost:8775';

export interface Response<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestClient {
  emulator: Emulator;
  token: string;
  tenantId: string;
  /** Any request; `path` is absolute (`/compute/kr1/v2/...`). Bodies are sent as JSON. */
  request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response<T>>;
  compute<T = any>(
    method: string,
    path: string,
    body?: unknown,
    region?: string,
  ): Promise<Response<T>>;
  blockStorage<T = any>(
    method: string,
    path: string,
    body?: unknown,
    region?: string,
  ): Promise<Response<T>>;
  image<T = any>(method: string, path: string, region?: string): Promise<Response<T>>;
  network<T = any>(method: string, path: string, region?: string): Promise<Response<T>>;
  /** Completes every pending transition. */
  settle(): Promise<void>;
}

export async function rawRequest<T = any>(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const res = await emulator.app.request(`${ORIGIN}${path}`, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export async function signIn(emulator: Emulator, user = DEMO): Promise<string> {
  const res = await rawRequest(
    emulator,
    'POST',
    '/identity/v2.0/tokens',
    passwordTokenRequest(user),
  );
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return res.body.access.token.id as string;
}

/** A fresh emulator (transitions of 1 s unless told otherwise) with a signed-in client. */
export async function testClient(
  options: {
    user?: (typeof USERS)[number];
    config?: Partial<EmulatorConfig>;
    emulator?: Emulator;
  } = {},
): Promise<TestClient> {
  const emulator = options.emulator ?? createEmulator({ transitionMs: 1000, ...options.config });
  const user = options.user ?? DEMO;
  const token = await signIn(emulator, user);
  const auth = { 'X-Auth-Token': token };
  const client: TestClient = {
    emulator,
    token,
    tenantId: user.tenantId,
    request: (method, path, body, headers) =>
      rawRequest(emulator, method, path, body, { ...auth, ...headers }),
    compute: (method, path, body, region = 'kr1') =>
      rawRequest(emulator, method, `/compute/${region}/v2/${user.tenantId}${path}`, body, auth),
    blockStorage: (method, path, body, region = 'kr1') =>
      rawRequest(
        emulator,
        method,
        `/block-storage/${region}/v2/${user.tenantId}${path}`,
        body,
        auth,
      ),
    image: (method, path, region = 'kr1') =>
      rawRequest(emulator, method, `/image/${region}/v2${path}`, undefined, auth),
    network: (method, path, region = 'kr1') =>
      rawRequest(emulator, method, `/network/${region}/v2.0${path}`, undefined, auth),
    settle: async () => {
      const res = await rawRequest(emulator, 'POST', '/_emulator/settle');
      if (res.status !== 200) throw new Error(`settle failed: ${res.status}`);
    },
  };
  return client;
}

/**
 * Checks that `actual` has every key of `example` (recursively, for objects, and for the first
 * element of arrays) with a value of a compatible JSON type. Extra keys in `actual` are fine:
 * NHN says responses may carry fields the guide does not list. `null` in the example matches
 * anything (the spec's examples use null for optional values).
 */
export function shapeMismatches(actual: unknown, example: unknown, path = '$'): string[] {
  if (example === null || example === undefined) return [];
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(example) === 'array') {
    if (kind(actual) !== 'array') return [`${path}: expected array, got ${kind(actual)}`];
    const [first] = example as unknown[];
    const [firstActual] = actual as unknown[];
    if (first === undefined || firstActual === undefined) return [];
    return shapeMismatches(firstActual, first, `${path}[0]`);
  }
  if (kind(example) === 'object') {
    if (kind(actual) !== 'object') return [`${path}: expected object, got ${kind(actual)}`];
    const problems: string[] = [];
    for (const [key, value] of Object.entries(example as Record<string, unknown>)) {
      if (!Object.hasOwn(actual as object, key)) {
        problems.push(`${path}.${key}: missing`);
        continue;
      }
      problems.push(
        ...shapeMismatches((actual as Record<string, unknown>)[key], value, `${path}.${key}`),
      );
    }
    return problems;
  }
  // Scalars: the type must match, except that null is allowed where the example has a value.
  if (actual === null) return [];
  return kind(actual) === kind(example)
    ? []
    : [`${path}: expected ${kind(example)}, got ${kind(actual)}`];
}

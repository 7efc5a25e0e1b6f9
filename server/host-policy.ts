/**
 * Which Host names `npm run serve` answers to (ALLOWED_HOSTS; server/serve.ts's top comment): any
 * other gets 421, against DNS rebinding. Unset, only loopback names are answered while HOST is a
 * loopback address; with HOST on another address every name is, with a warning at start.
 */
import type { Context } from 'hono';

/**
 * Which Host names the server answers to (ALLOWED_HOSTS, see the top of this file): `any`, or a
 * list of `host` (any port) and `host:port` entries, lower case, IPv6 in brackets.
 */
export type HostPolicy = { allowed: 'any' } | { allowed: readonly string[] };

/** The loopback names, on any port: what a local install is reached by. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;
export const LOOPBACK_ONLY: HostPolicy = { allowed: LOOPBACK_HOSTS };

/** Whether an address to listen on (HOST) is only reachable from this machine. */
export function isLoopbackAddress(address: string): boolean {
  const host = address
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** One `host[:port]` as compared: lower case, a bare IPv6 address put in brackets. */
function normalizeHost(value: string): string {
  const host = value.trim().toLowerCase();
  return !host.startsWith('[') && host.split(':').length > 2 ? `[${host}]` : host;
}

/** The name of a `host[:port]`, without the port. */
const nameOf = (host: string) =>
  host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');

/**
 * The policy for this environment, and a warning to print at start when it answers every name
 * because ALLOWED_HOSTS is unset and HOST is not a loopback address (refusing would break the
 * deployments that work today).
 */
export function hostPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): {
  policy: HostPolicy;
  notice: string;
  warning?: string;
} {
  const list = (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map(normalizeHost)
    .filter((host) => host !== '');
  if (list.length > 0) {
    return { policy: { allowed: list }, notice: `Answering Host names: ${list.join(', ')}.` };
  }
  const bound = env.HOST || '127.0.0.1';
  if (isLoopbackAddress(bound)) {
    return {
      policy: LOOPBACK_ONLY,
      notice:
        'ALLOWED_HOSTS is not set: answering only localhost, 127.0.0.1 and [::1] (421 for other Host names).',
    };
  }
  return {
    policy: { allowed: 'any' },
    notice: 'ALLOWED_HOSTS is not set: answering every Host name.',
    warning: `HOST=${bound} is not a loopback address and ALLOWED_HOSTS is not set: this server answers requests for any Host name, which leaves it open to DNS rebinding. Set ALLOWED_HOSTS to the names the console is reached by (e.g. ALLOWED_HOSTS=console.example.com).`,
  };
}

/** Whether `host` (a Host header or a URL's host) is one the policy answers to. */
export function hostAllowed(policy: HostPolicy, host: string): boolean {
  if (policy.allowed === 'any') return true;
  const asked = normalizeHost(host);
  const name = nameOf(asked);
  return policy.allowed.some((entry) => entry === asked || entry === name);
}

/**
 * 421 Misdirected Request (RFC 9110 §15.5.20: the server "is unable or unwilling to produce an
 * authoritative response for the target URI") for a Host the policy does not name; each refused
 * name is logged once, so an operator behind a proxy sees what to add to ALLOWED_HOSTS.
 */
export function hostGuard(policy: HostPolicy) {
  const logged = new Set<string>();
  return (c: Context) => {
    const hosts = [c.req.header('host'), new URL(c.req.url).host].filter(
      (host): host is string => host !== undefined,
    );
    const refused = hosts.find((host) => !hostAllowed(policy, host));
    if (refused === undefined) return null;
    if (logged.size < 100 && !logged.has(refused)) {
      logged.add(refused);
      console.warn(
        `Refused a request for Host ${JSON.stringify(refused)} (421): not in ALLOWED_HOSTS.`,
      );
    }
    return c.text('Misdirected Request', 421, {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  };
}

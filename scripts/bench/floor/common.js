// Shared by the floor pages: the session the console keeps, and plain requests with its cookie
// (the browser adds the HttpOnly session cookie the console's server set, as for the console).
// The constants come from the console's own modules (floor-config.js, written by floors.ts).
import { BLOCK_STORAGE_BASE, COMPUTE_BASE, SESSION_KEY, TRANSITIONAL } from './floor-config.js';

const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
if (!session) throw new Error('the floor needs the demo session in sessionStorage');

export const compute = COMPUTE_BASE.replace('{tenantId}', session.tenantId);
export const blockStorage = BLOCK_STORAGE_BASE.replace('{tenantId}', session.tenantId);

/** GET with the session cookie; the answer's body and the server's time (for changes-since). */
export async function get(url) {
  const response = await fetch(url, {
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const date = Date.parse(response.headers.get('date') || '') || Date.now();
  return { body: await response.json(), date };
}

/** Every server after `first` (a page already fetched), pages of 1,000 by marker. */
export async function restOfServers(first, add) {
  let page = first;
  while (page.servers_links?.some((link) => link.rel === 'next') && page.servers.length > 0) {
    const marker = page.servers[page.servers.length - 1].id;
    page = (await get(`${compute}/servers/detail?limit=1000&marker=${marker}`)).body;
    add(page.servers);
  }
}

const busy = (server) =>
  TRANSITIONAL.includes(server.status) || Boolean(server['OS-EXT-STS:task_state']);

/**
 * Keeps `servers` (id → server) fresh the plainest incremental way: `changes-since` the previous
 * answer (a second of overlap), every 2.5 s while one is busy, else every minute — the console's
 * own intervals (src/resources/servers.ts).
 */
export function keepFresh(servers, since, onChange) {
  let last = since;
  const tick = async () => {
    const stamp = new Date(last - 1_000).toISOString().slice(0, 19);
    const { body, date } = await get(`${compute}/servers/detail?changes-since=${stamp}`);
    last = date;
    for (const server of body.servers) {
      if (server.status === 'DELETED') servers.delete(server.id);
      else servers.set(server.id, server);
    }
    if (body.servers.length > 0) onChange();
    schedule();
  };
  const schedule = () => {
    const anyBusy = [...servers.values()].some(busy);
    setTimeout(tick, anyBusy ? 2_500 : 60_000);
  };
  schedule();
}

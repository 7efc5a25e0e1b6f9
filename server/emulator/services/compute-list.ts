/**
 * The server lists (인스턴스 목록 보기, 인스턴스 목록 상세 보기), answered from the tenant's index
 * (issue 10: a page of 100 costs O(page), not O(tenant)): the servers already in Nova's order, a
 * marker found by id, `changes-since` from the servers ordered by `updated`; filters are checked
 * only until the page (and one more, for the next link) is full, and `servers/detail` writes out
 * each server's JSON as the index keeps it.
 */
import type { Hono } from 'hono';
import type { ServerSummary } from '../../../src/domain/compute-types';
import { type Ctx, type Deps, type EmulatorEnv, intQuery, requestUrl } from '../context';
import { badRequest, forbidden } from '../errors';
import { firstAfter } from '../indexes';
import { type LinearPattern, linearPattern, PatternError } from '../patterns';
import { links } from '../render';
import type { ServerRecord } from '../state';
import { parseApiTime } from '../time';
import { computeScope } from './compute-scope';

/** Nova's osapi_max_limit: no page is longer than this. */
const MAX_PAGE = 1000;
/** Without `limit`, a server list answers this many (current guide: 기본값은 100, 최대 1000). */
const DEFAULT_SERVER_PAGE = 100;

/** A JSON body already written out (UTF-8), with the Content-Type `c.json` gives. */
export function jsonBytes(c: Ctx, json: Uint8Array<ArrayBuffer>) {
  return c.body(json, 200, { 'Content-Type': 'application/json' });
}

/**
 * `url` with the parameters set, as URL.searchParams.set writes it, without parsing the whole URL
 * again on every page (issue 10): only the query changes.
 */
export function withQuery(url: string, set: Record<string, string>): string {
  const query = url.indexOf('?');
  if (url.includes('#')) {
    const parsed = new URL(url);
    for (const [name, value] of Object.entries(set)) parsed.searchParams.set(name, value);
    return parsed.toString();
  }
  const params = new URLSearchParams(query < 0 ? '' : url.slice(query + 1));
  for (const [name, value] of Object.entries(set)) params.set(name, value);
  return `${query < 0 ? url : url.slice(0, query)}?${params}`;
}

export function registerServerLists(app: Hono<EmulatorEnv>, { store }: Deps) {
  const listServers = (c: Ctx, detail: boolean) => {
    const { region, tenantId, base } = computeScope(c, store);
    const index = store.tenantIndex(region, tenantId);
    let candidates: readonly ServerRecord[] = index.servers;

    const changesSince = c.req.query('changes-since');
    if (changesSince !== undefined) {
      const since = parseApiTime(changesSince);
      if (since === null) {
        throw badRequest(
          `Invalid changes-since value '${changesSince.slice(0, 40)}': use YYYY-MM-DDThh:mm:ss.`,
        );
      }
      // changes-since also reports the servers deleted since then, as DELETED.
      candidates = index.changedSince(since);
    }
    const filters: ((server: ServerRecord) => boolean)[] = [];
    const status = c.req.query('status');
    if (status !== undefined) {
      // Nova (API v2.1, as NHN serves it): DELETED only for administrators; a status name it
      // does not know — the 2023 guide's BUILDING, STOPPED, RESIZED, RESCUED among them —
      // matches nothing, with no error.
      const wanted = status.trim().toUpperCase();
      if (wanted === 'DELETED') throw forbidden('Only administrators may list deleted instances');
      filters.push((s) => s.status === wanted);
    }
    // 인스턴스 목록 보기: `name` "정규 표현식으로 질의 가능" — a regular expression, searched
    // anywhere in the name, ignoring case. It runs on RE2 (patterns.ts), in time linear in the
    // name: no pattern can stall the emulator for every tenant (issue 12).
    const name = c.req.query('name');
    if (name !== undefined) {
      let pattern: LinearPattern;
      try {
        if (name.length > 255) throw new PatternError('longer than 255 characters');
        pattern = linearPattern(name, { caseInsensitive: true });
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        throw badRequest(`Invalid name filter '${name.slice(0, 40)}': ${error.message}.`);
      }
      filters.push((s) => pattern.test(s.name));
    }
    for (const [param, field] of [
      ['image', 'imageId'],
      ['flavor', 'flavorId'],
      ['reservation_id', 'reservationId'],
    ] as const) {
      const value = c.req.query(param);
      if (value !== undefined) filters.push((s) => s[field] === value);
    }

    let start = 0;
    const marker = c.req.query('marker');
    if (marker !== undefined) {
      const markerServer = index.server(marker);
      if (!markerServer) throw badRequest(`marker [${marker.slice(0, 64)}] not found`);
      start =
        candidates === index.servers
          ? index.after(markerServer)
          : firstAfter(candidates, markerServer);
    }
    const limit = intQuery(c, 'limit', { max: MAX_PAGE }) ?? DEFAULT_SERVER_PAGE;
    const page: ServerRecord[] = [];
    let more = false;
    for (let i = start; i < candidates.length; i++) {
      const server = candidates[i] as ServerRecord;
      if (filters.length > 0 && !filters.every((matches) => matches(server))) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(server);
    }

    let serversLinks: { href: string; rel: string }[] | undefined;
    if (page.length > 0 && more) {
      const href = withQuery(requestUrl(c, store.config), {
        marker: page[page.length - 1]?.id ?? '',
        limit: String(limit),
      });
      serversLinks = [{ href, rel: 'next' }];
    }
    if (!detail) {
      return c.json({
        servers: page.map(
          (s): ServerSummary => ({ id: s.id, links: links(base, 'servers', s.id), name: s.name }),
        ),
        ...(serversLinks ? { servers_links: serversLinks } : {}),
      });
    }
    // The bytes JSON.stringify would write for { servers, servers_links }, from each server's
    // JSON as the index keeps it.
    const tail = `]${serversLinks ? `,"servers_links":${JSON.stringify(serversLinks)}` : ''}}`;
    return jsonBytes(c, index.detailPage(base, page, tail));
  };
  app.get('/servers', (c) => listServers(c, false));
  app.get('/servers/detail', (c) => listServers(c, true));
}

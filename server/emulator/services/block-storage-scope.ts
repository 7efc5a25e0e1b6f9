/**
 * What every Block Storage endpoint shares (current/block-storage-api.ko.md): the request's scope
 * with its service URL, a volume's links, and one page of a list with the link to the next.
 */
import type { EmulatorConfig } from '../config';
import { type Ctx, type Deps, intQuery, requestOrigin, requestUrl } from '../context';
import { badRequest } from '../errors';
import { computeScope } from './compute-scope';

/** Cinder's default and largest page (블록 스토리지 목록 보기: limit, 기본값 1000). */
const PAGE_MAX = 1000;

/** The request's region and tenant, and its Block Storage URL (`…/block-storage/kr1/v2/{tenant}`). */
export function storageScope(c: Ctx, { store, config }: Deps) {
  const scope = computeScope(c, store);
  return {
    ...scope,
    url: `${requestOrigin(c, config)}/block-storage/${scope.region}/v2/${scope.tenantId}`,
  };
}

export const volumeLinks = (url: string, id: string) => [
  { href: `${url}/volumes/${id}`, rel: 'self' },
  { href: `${url.replace('/v2/', '/')}/volumes/${id}`, rel: 'bookmark' },
];

/**
 * One page of a list (블록 스토리지 목록 보기: limit, default 1000; offset; marker — the page
 * starts after it) and, when more follow, the link to the next page as Cinder gives it.
 */
export function pageOf<T extends { id: string }>(c: Ctx, config: EmulatorConfig, items: T[]) {
  let rest = items;
  const marker = c.req.query('marker');
  if (marker !== undefined) {
    const at = rest.findIndex((item) => item.id === marker);
    if (at < 0) throw badRequest(`marker ${marker.slice(0, 64)} not found.`);
    rest = rest.slice(at + 1);
  }
  const offset = intQuery(c, 'offset') ?? 0;
  const limit = intQuery(c, 'limit', { max: PAGE_MAX }) ?? PAGE_MAX;
  rest = rest.slice(offset);
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  if (!last || rest.length <= limit) return { page, next: null };
  const url = new URL(requestUrl(c, config));
  url.searchParams.delete('offset');
  url.searchParams.set('marker', last.id);
  url.searchParams.set('limit', String(limit));
  return { page, next: [{ href: url.toString(), rel: 'next' }] };
}

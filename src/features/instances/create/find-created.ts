/**
 * After a create whose outcome is unknown (no answer, a timeout, a 5xx: issue 12, "honest
 * outcomes"), what NHN Cloud actually made: the instances of that name created since the submit.
 * Several instances from one request are named `name-1` … `name-N` (Nova's multiple create, as
 * the emulator does). `created` is NHN Cloud's clock and `submittedAt` the browser's, so an
 * instance created up to CLOCK_SKEW_MS before the submit still counts: a same-named instance made
 * by someone else in those two minutes would be taken for this one, and is shown as such.
 */
import { listServersDetail } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import type { Server } from '../../../domain/compute-types';

export const CLOCK_SKEW_MS = 120_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `name` filter (a regular expression, Instance API v2 "인스턴스 목록 보기") for the request. */
export function createdNamePattern(name: string, count: number): string {
  return count > 1 ? `^${escapeRegExp(name)}-[0-9]+$` : `^${escapeRegExp(name)}$`;
}

export async function findCreated(
  scope: ApiScope,
  request: { name: string; count: number; submittedAt: number },
  signal?: AbortSignal,
): Promise<Server[]> {
  const { servers } = await listServersDetail(
    scope,
    { name: createdNamePattern(request.name, request.count), limit: 1000 },
    signal,
  );
  const exact = new RegExp(createdNamePattern(request.name, request.count));
  return servers.filter(
    (server) =>
      exact.test(server.name) && Date.parse(server.created) >= request.submittedAt - CLOCK_SKEW_MS,
  );
}

/**
 * The list's status filter as the URL holds it. Requests use Nova's names only (current guide,
 * 인스턴스 상태): a real Nova matches the 2023 guide's names (`STOPPED`, `BUILDING`, …) to nothing,
 * and refuses `DELETED` to non-administrators (403). A bookmark made before the rename still
 * works: its old name is read as the status it meant.
 */
import {
  FILTERABLE_SERVER_STATUSES,
  knownStatus,
  type ServerStatus,
} from '../../domain/server-status';

export interface StatusFilterParam {
  /** What the list asks the API for; undefined for no status filter. */
  status: ServerStatus | undefined;
  /** The URL says something else (an old name, lower case, a status nobody may filter by). */
  rewrite: boolean;
}

export function statusFilterFromUrl(raw: string | null): StatusFilterParam {
  if (!raw) return { status: undefined, rewrite: false };
  const known = knownStatus(raw);
  // DELETED (403) and names neither vocabulary knows would only ever answer nothing: drop them.
  const status = known && FILTERABLE_SERVER_STATUSES.includes(known) ? known : undefined;
  return { status, rewrite: status !== raw };
}

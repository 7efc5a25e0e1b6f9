/**
 * The member instances of a placement policy, as the page shows them: the policy lists only ids
 * (배치 정책 목록 보기: `members`), so each is matched with the region's servers; an id whose server
 * is not (or no longer) in the list stays an id.
 */
import type { Server } from './compute-types';
import type { ServerGroup } from './server-group';

export interface PolicyMember {
  id: string;
  /** The instance, when the region's server list holds it. */
  server?: Server;
}

export function policyMembers(
  group: Pick<ServerGroup, 'members'>,
  servers: ReadonlyMap<string, Server> | undefined,
): PolicyMember[] {
  const members = group.members.map((id) => ({ id, server: servers?.get(id) }));
  // Named instances first, by name; unknown ids after them, as they came.
  return [
    ...members
      .filter((member) => member.server)
      .sort((a, b) =>
        (a.server?.name ?? '').localeCompare(b.server?.name ?? '', 'en', { numeric: true }),
      ),
    ...members.filter((member) => !member.server),
  ];
}

export function serversById(servers: readonly Server[]): Map<string, Server> {
  return new Map(servers.map((server) => [server.id, server] as const));
}

/** The policies by name (then id), as the list and the create form's select show them. */
export function sortPolicies<T extends Pick<ServerGroup, 'id' | 'name'>>(
  groups: readonly T[],
): T[] {
  return [...groups].sort(
    (a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }) || a.id.localeCompare(b.id),
  );
}

/** Another policy of this name already exists (NHN Cloud allows it; the form warns). */
export function nameTaken(groups: readonly Pick<ServerGroup, 'name'>[], name: string): boolean {
  const wanted = name.trim();
  return groups.some((group) => group.name === wanted);
}

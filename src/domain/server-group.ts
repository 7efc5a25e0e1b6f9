/**
 * Placement policies (current guide, 배치 정책: `os-server-groups`). NHN Cloud offers only the
 * `anti-affinity` policy, which places each member instance on a different host. An instance
 * joins a policy when it is created with `os:scheduler_hints.group`, and leaves it when deleted.
 */

export const SERVER_GROUP_POLICIES = ['anti-affinity'] as const;
type ServerGroupPolicy = (typeof SERVER_GROUP_POLICIES)[number];

export const SERVER_GROUP_NAME_MAX = 255;

export interface ServerGroup {
  id: string;
  name: string;
  policies: string[];
  /** Ids of the member instances. */
  members: string[];
  /** Always empty (guide: 항상 빈 값으로 표시됨). */
  metadata: Record<string, string>;
}

export interface CreateServerGroupRequest {
  server_group: { name: string; policies: ServerGroupPolicy[] };
}

export type ServerGroupProblem =
  | { code: 'nameRequired' }
  | { code: 'nameTooLong'; max: number }
  | { code: 'policy'; allowed: readonly string[] };

export function checkServerGroup(
  name: string,
  policies: readonly string[],
): ServerGroupProblem | null {
  if (name.trim() === '') return { code: 'nameRequired' };
  if (name.length > SERVER_GROUP_NAME_MAX)
    return { code: 'nameTooLong', max: SERVER_GROUP_NAME_MAX };
  if (
    policies.length !== 1 ||
    !(SERVER_GROUP_POLICIES as readonly string[]).includes(policies[0] ?? '')
  )
    return { code: 'policy', allowed: SERVER_GROUP_POLICIES };
  return null;
}

export function describeServerGroupProblem(problem: ServerGroupProblem): string {
  switch (problem.code) {
    case 'nameRequired':
      return 'server_group.name is required and must not be blank.';
    case 'nameTooLong':
      return `server_group.name is longer than ${problem.max} characters.`;
    case 'policy':
      return `server_group.policies must be exactly one of: ${problem.allowed.join(', ')}.`;
  }
}

/** The operator's words for a placement policy's name problem (domain: checkServerGroup). */
import type { TFunction } from 'i18next';
import type { ServerGroupProblem } from '../../domain/server-group';

export function policyProblemMessage(t: TFunction, problem: ServerGroupProblem): string {
  switch (problem.code) {
    case 'nameRequired':
      return t('placementPolicies.problems.nameRequired');
    case 'nameTooLong':
      return t('placementPolicies.problems.nameTooLong', { max: problem.max });
    case 'policy':
      return t('placementPolicies.problems.policy', { allowed: problem.allowed.join(', ') });
  }
}

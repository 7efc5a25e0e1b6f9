import { useTranslation } from 'react-i18next';
import type { ActionCheck, ServerActionId } from '../../../domain/server-actions';
import { canonicalStatus } from '../../../domain/server-status';

/** "Stop needs ACTIVE or ERROR; this instance is SHUTOFF." — why an action is not offered. */
export function useDenialText() {
  const { t } = useTranslation();
  return (action: ServerActionId, check: ActionCheck): string | null => {
    if (check.allowed) return null;
    const label = t(`instanceDetail.actions.${action}`);
    switch (check.reason) {
      case 'status': {
        const allowed = [...new Set(check.allowedStatuses.map(canonicalStatus))];
        const list =
          allowed.length > 1
            ? `${allowed.slice(0, -1).join(', ')} ${t('instanceDetail.or')} ${allowed.at(-1)}`
            : (allowed[0] ?? '');
        const status = canonicalStatus(check.status);
        return t('instanceDetail.denied.status', { action: label, allowed: list, status });
      }
      case 'task':
        return t('instanceDetail.denied.task', { action: label, task: check.taskState });
      case 'u2-only':
        return t('instanceDetail.denied.u2', { action: label, flavor: check.flavorName });
      case 'protected':
        return t('instanceDetail.denied.protected', { action: label });
    }
  };
}

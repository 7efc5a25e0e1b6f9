/** What the rename fields say of a name the instance may not take (src/domain/instance-name.ts). */
import type { TFunction } from 'i18next';
import { checkInstanceName } from '../../../domain/instance-name';

export function renameError(t: TFunction, name: string): string | null {
  const problem = checkInstanceName(name);
  if (!problem) return null;
  return problem.code === 'name.required'
    ? t('instanceDetail.rename.required')
    : t('instanceDetail.rename.tooLong');
}

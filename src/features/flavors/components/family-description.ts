import { useTranslation } from 'react-i18next';
import { isKnownFamily } from '../../../domain/flavor';

/** What a flavor family is for ("Balanced", …), or "other" for a family the console does not know. */
export function useFamilyDescription(): (family: string) => string {
  const { t } = useTranslation();
  return (family) =>
    isKnownFamily(family) ? t(`flavors.families.${family}`) : t('flavors.families.other');
}

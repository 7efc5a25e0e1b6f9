import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { familyRows } from '../overview-view';
import type { InstanceSummary } from '../summary';
import { BarsWithList } from './bars-with-list';

/**
 * Instances by flavor family; those whose flavor is gone are counted, not linked.
 * Memoized: the same shared summary (../use-shared.ts) renders nothing again.
 */
export const FamilyCard = memo(function FamilyCard({
  id,
  region,
  summary,
}: {
  id: string;
  /** The region whose lists the links open. */
  region: string;
  summary: InstanceSummary;
}) {
  const { t } = useTranslation();
  const items = familyRows(region, summary).map(({ family, ...row }) => ({
    ...row,
    label: family ?? t('overview.byFamily.unknown'),
  }));
  return <BarsWithList id={id} items={items} color="blue.6" testId="overview-family-list" />;
});

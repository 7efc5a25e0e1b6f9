import { memo } from 'react';
import { instancesPath } from '../../../navigation/paths';
import type { InstanceSummary } from '../summary';
import { BarsWithList } from './bars-with-list';
import type { CountItem } from './count-list';

/**
 * Instances by availability zone.
 * Memoized: the same shared summary (../use-shared.ts) renders nothing again.
 */
export const ZoneCard = memo(function ZoneCard({
  id,
  region,
  summary,
}: {
  id: string;
  /** The region whose lists the links open. */
  region: string;
  summary: InstanceSummary;
}) {
  const items: CountItem[] = summary.byZone.map((row) => ({
    key: row.key,
    label: row.key,
    count: row.count,
    href: instancesPath(region, { zone: row.key }),
  }));
  return <BarsWithList id={id} items={items} color="teal.6" testId="overview-zone-list" />;
});

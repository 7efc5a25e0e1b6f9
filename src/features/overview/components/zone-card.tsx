import { overviewLinks } from '../overview-view';
import type { InstanceSummary } from '../summary';
import { BarsWithList } from './bars-with-list';
import type { CountItem } from './count-list';

/** Instances by availability zone. */
export function ZoneCard({
  id,
  base,
  summary,
}: {
  id: string;
  base: string;
  summary: InstanceSummary;
}) {
  const links = overviewLinks(base);
  const items: CountItem[] = summary.byZone.map((row) => ({
    key: row.key,
    label: row.key,
    count: row.count,
    href: links.instances({ zone: row.key }),
  }));
  return <BarsWithList id={id} items={items} color="teal.6" testId="overview-zone-list" />;
}

import { SimpleGrid } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceSummary, VolumeSummary } from '../summary';
import { BUILDING_TOO_LONG_MS } from '../summary';
import { AttentionCard } from './attention-card';
import { FamilyCard } from './family-card';
import { OverviewCard } from './overview-card';
import { ResourcesCard } from './resources-card';
import { StatusCard } from './status-card';
import { VolumesCard } from './volumes-card';
import { ZoneCard } from './zone-card';

/**
 * The six cards under the numbers, each with skeletons until the lists it reads are in. Memoized:
 * a refresh that changed no count renders none of it (the summaries are shared, use-shared.ts).
 */
export const CardGrid = memo(function CardGrid({
  region,
  instances,
  storage,
  serversPending,
  flavorsPending,
  volumesPending,
}: {
  /** The page's clock (every half minute): the attention card's relative times follow it. */
  now: number;
  /** The region whose lists the links open. */
  region: string;
  instances: InstanceSummary | null;
  storage: VolumeSummary | null;
  serversPending: boolean;
  /** Flavors still loading (not failed): the cards that count vCPU, RAM or families wait. */
  flavorsPending: boolean;
  volumesPending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
      <OverviewCard
        title={t('overview.byStatus.title')}
        caption={t('overview.byStatus.caption')}
        testId="overview-status"
        loading={serversPending}
      >
        {(id) => instances && <StatusCard id={id} region={region} summary={instances} />}
      </OverviewCard>
      <OverviewCard
        title={t('overview.attention.title')}
        caption={t('overview.attention.caption', { minutes: BUILDING_TOO_LONG_MS / 60_000 })}
        testId="overview-attention"
        loading={serversPending}
      >
        {() => instances && <AttentionCard region={region} summary={instances} storage={storage} />}
      </OverviewCard>
      <OverviewCard
        title={t('overview.byFamily.title')}
        caption={t('overview.byFamily.caption')}
        testId="overview-family"
        loading={serversPending || flavorsPending}
      >
        {(id) => instances && <FamilyCard id={id} region={region} summary={instances} />}
      </OverviewCard>
      <OverviewCard
        title={t('overview.byZone.title')}
        caption={t('overview.byZone.caption')}
        testId="overview-zone"
        loading={serversPending}
      >
        {(id) => instances && <ZoneCard id={id} region={region} summary={instances} />}
      </OverviewCard>
      <OverviewCard
        title={t('overview.resources.title')}
        caption={t('overview.resources.explain')}
        testId="overview-resources"
        loading={serversPending || flavorsPending}
      >
        {(id) => instances && <ResourcesCard id={id} region={region} summary={instances} />}
      </OverviewCard>
      <OverviewCard
        title={t('overview.volumes.title')}
        testId="overview-volumes"
        loading={volumesPending}
      >
        {(id) => storage && <VolumesCard id={id} region={region} summary={storage} />}
      </OverviewCard>
    </SimpleGrid>
  );
});

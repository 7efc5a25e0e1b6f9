/**
 * The region at a glance: the four numbers (stat-cards.tsx), then six cards (card-grid.tsx), from
 * the region's kept-fresh servers, its flavors and its volumes. The numbers are computed in
 * summary.ts and put into links and shares in overview-view.ts; this page only reads the lists.
 */
import '@mantine/charts/styles.css';
import { Box, Button, Group, Loader, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state';
import { IconRefresh } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { regionLabel } from '../../../components/region-label';
import { anyBusy } from '../../../resources/servers';
import { refreshVolumes, volumesQuery } from '../../../resources/volumes';
import { useScope } from '../../../session/use-session';
import { ChartsAfterPaint, useAfterPaint } from '../charts-after-paint';
import { CardGrid } from '../components/card-grid';
import { CountingProgress } from '../components/counting-progress';
import { StatCards } from '../components/stat-cards';
import { overviewQueries, wholeRegion } from '../overview-data';
import { type FlavorFacts, summarizeInstances, summarizeVolumes } from '../summary';
import { useShared } from '../use-shared';

/** The time, refreshed every half minute (for "building for longer than 10 minutes"). */
function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function OverviewPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const now = useNow();
  // The region's kept-fresh servers, the list's own (issue 10): no download of the tenant here,
  // and while an instance changes only the changes are asked for (src/resources/server-collection-query.ts).
  // The route's loader asked for these already (src/app/route-data.ts): the same options.
  const queries = useMemo(() => overviewQueries(scope), [scope]);
  // Counts and charts wait for the whole region: over part of it they would mislead. The page
  // reads the servers only once they are all in (null until then), so a page of the background
  // load re-renders the progress below, not the whole overview (issue 10).
  const collection = useQuery({ ...queries.collection, select: wholeRegion });
  const servers = collection.data ?? undefined;
  const serversPending = !servers && !(collection.isError && collection.data === undefined);
  const queryClient = useQueryClient();
  const flavors = useQuery({
    ...queries.flavors,
    select: (list) =>
      new Map<string, FlavorFacts>(
        list.map((flavor) => [
          flavor.id,
          { name: flavor.name, vcpus: flavor.vcpus, ram: flavor.ram },
        ]),
      ),
  });
  // After the servers (overview-data.ts): their pages do not share the way with the volumes',
  // nor does the volumes' answer hold up the paint of the counts.
  const countsPainted = useAfterPaint(Boolean(servers));
  const volumes = useQuery({
    ...volumesQuery(scope),
    enabled: countsPainted || collection.isError,
  });

  // Counted again from every refresh, but the same objects while the counts are the same: the
  // cards below are memoized on them (./use-shared.ts).
  const instances = useShared(
    useMemo(
      () => (servers ? summarizeInstances(servers, flavors.data ?? new Map(), now) : null),
      [servers, flavors.data, now],
    ),
  );
  const storage = useShared(
    useMemo(() => (volumes.data ? summarizeVolumes(volumes.data) : null), [volumes.data]),
  );

  const region = scope.region;
  const refreshing = collection.isFetching || flavors.isFetching || volumes.isFetching;
  const flavorsPending = flavors.isPending && !flavors.isError;

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description', { region: regionLabel(t, region) })}
        actions={
          <>
            {anyBusy(servers) && (
              <Group gap={6} c="dimmed" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('overview.refreshing')}</Text>
              </Group>
            )}
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              loading={refreshing && !serversPending}
              onClick={() => {
                void collection.refetch();
                void flavors.refetch();
                void refreshVolumes(queryClient, scope);
              }}
            >
              {t('overview.refresh')}
            </Button>
          </>
        }
      />

      {collection.data === null && <CountingProgress options={queries.collection} />}
      {collection.isError && collection.data === undefined && (
        <Box mb="md">
          <ErrorState
            what={t('nav.instances')}
            error={collection.error}
            onRetry={() => collection.refetch()}
          />
        </Box>
      )}
      {flavors.isError && !flavors.data && (
        <Box mb="md">
          <ErrorState
            what={t('overview.resources.flavorsFailed')}
            error={flavors.error}
            onRetry={() => flavors.refetch()}
          />
        </Box>
      )}
      {volumes.isError && !volumes.data && (
        <Box mb="md">
          <ErrorState
            what={t('nav.volumes')}
            error={volumes.error}
            onRetry={() => volumes.refetch()}
          />
        </Box>
      )}

      <StatCards
        region={region}
        instances={instances}
        storage={storage}
        instancesLoading={serversPending}
        flavorsLoading={flavorsPending}
        flavorsFailed={flavors.isError && !flavors.data}
        volumesLoading={volumes.isPending}
      />

      <ChartsAfterPaint shown={countsPainted}>
        <CardGrid
          region={region}
          instances={instances}
          storage={storage}
          serversPending={serversPending}
          flavorsPending={flavorsPending}
          volumesPending={volumes.isPending}
          now={now}
        />
      </ChartsAfterPaint>
    </>
  );
}

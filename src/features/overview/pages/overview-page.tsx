import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import {
  Anchor,
  Box,
  Button,
  Card,
  Group,
  Loader,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { IconRefresh } from '../../../components/icons';
import { LoadProgress } from '../../../components/load-progress';
import { PageHeader } from '../../../components/page-header';
import { RelativeTime } from '../../../components/relative-time';
import { StatusBadge, serverStatusLabel } from '../../../components/status-badge';
import { volumeStatusLabel } from '../../../components/volume-status-badge';
import { MB_PER_GB } from '../../../domain/flavor';
import { statusInfo } from '../../../domain/server-status';
import { volumeLabel } from '../../../domain/volume-rules';
import { formatNumber } from '../../../i18n';
import type { ServerCollection } from '../../../resources/server-collection';
import { anyBusy } from '../../../resources/servers';
import { refreshVolumes, volumesQuery } from '../../../resources/volumes';
import { useScope } from '../../../session/use-session';
import { ChartBox, ChartsAfterPaint, useAfterPaint } from '../charts-after-paint';
import { type CountItem, CountList } from '../components/count-list';
import { overviewQueries } from '../overview-data';
import {
  BUILDING_TOO_LONG_MS,
  type FlavorFacts,
  type InstanceSummary,
  summarizeInstances,
  summarizeVolumes,
  UNKNOWN_FAMILY,
  type VolumeSummary,
} from '../summary';

/** The time, refreshed every half minute (for "building for longer than 10 minutes"). */
function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

const gb = (mb: number) => Math.round((mb / MB_PER_GB) * 10) / 10;

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

  const instances = useMemo(
    () => (servers ? summarizeInstances(servers, flavors.data ?? new Map(), now) : null),
    [servers, flavors.data, now],
  );
  const storage = useMemo(
    () => (volumes.data ? summarizeVolumes(volumes.data) : null),
    [volumes.data],
  );

  const regionLabel = `${scope.region.toUpperCase()} · ${t(`regions.${scope.region}` as 'regions.kr1', { defaultValue: scope.region })}`;
  const base = `/${scope.region}`;
  const refreshing = collection.isFetching || flavors.isFetching || volumes.isFetching;

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description', { region: regionLabel })}
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

      <Stats
        base={base}
        instances={instances}
        storage={storage}
        instancesLoading={serversPending}
        flavorsLoading={flavors.isPending && !flavors.isError}
        flavorsFailed={flavors.isError && !flavors.data}
        volumesLoading={volumes.isPending}
      />

      <ChartsAfterPaint shown={countsPainted}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
          <Section
            title={t('overview.byStatus.title')}
            caption={t('overview.byStatus.caption')}
            testId="overview-status"
            loading={serversPending}
          >
            {(id) => instances && <ByStatus id={id} base={base} summary={instances} />}
          </Section>
          <Section
            title={t('overview.attention.title')}
            caption={t('overview.attention.caption', { minutes: BUILDING_TOO_LONG_MS / 60_000 })}
            testId="overview-attention"
            loading={serversPending}
          >
            {() => instances && <Attention base={base} summary={instances} storage={storage} />}
          </Section>
          <Section
            title={t('overview.byFamily.title')}
            caption={t('overview.byFamily.caption')}
            testId="overview-family"
            loading={serversPending || (flavors.isPending && !flavors.isError)}
          >
            {(id) => instances && <ByFamily id={id} base={base} summary={instances} />}
          </Section>
          <Section
            title={t('overview.byZone.title')}
            caption={t('overview.byZone.caption')}
            testId="overview-zone"
            loading={serversPending}
          >
            {(id) => instances && <ByZone id={id} base={base} summary={instances} />}
          </Section>
          <Section
            title={t('overview.resources.title')}
            caption={t('overview.resources.explain')}
            testId="overview-resources"
            loading={serversPending || (flavors.isPending && !flavors.isError)}
          >
            {(id) => instances && <Resources id={id} base={base} summary={instances} />}
          </Section>
          <Section
            title={t('overview.volumes.title')}
            testId="overview-volumes"
            loading={volumes.isPending}
          >
            {(id) => storage && <Capacity id={id} base={base} summary={storage} />}
          </Section>
        </SimpleGrid>
      </ChartsAfterPaint>
    </>
  );
}

/** The whole region's servers, or null while the background load goes on. */
const wholeRegion = (collection: ServerCollection) =>
  collection.complete ? collection.servers : null;
/** How many servers are in so far, or null once they all are. */
const loadedSoFar = (collection: ServerCollection) =>
  collection.complete ? null : collection.servers.length;

/** The background load's progress: the one part of the page each of its pages renders again. */
function CountingProgress({
  options,
}: {
  options: ReturnType<typeof overviewQueries>['collection'];
}) {
  const { t } = useTranslation();
  const loaded = useQuery({ ...options, select: loadedSoFar }).data;
  if (loaded === null || loaded === undefined) return null;
  return (
    <LoadProgress
      label={t('overview.loadingMore', { count: loaded, loaded: formatNumber(loaded) })}
    />
  );
}

function Section({
  title,
  caption,
  testId,
  loading,
  children,
}: {
  title: string;
  caption?: string;
  testId: string;
  loading: boolean;
  children: (titleId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Card
      withBorder
      padding="md"
      radius="sm"
      component="section"
      aria-labelledby={id}
      data-testid={testId}
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {caption && (
          <Text size="sm" c="dimmed">
            {caption}
          </Text>
        )}
        {loading ? (
          <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={120} radius="sm" />
            <Skeleton height={16} radius="sm" />
            <Skeleton height={16} radius="sm" />
          </Stack>
        ) : (
          children(id)
        )}
      </Stack>
    </Card>
  );
}

function StatCard({
  label,
  value,
  hint,
  href,
  loading,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  href: string;
  loading: boolean;
  testId: string;
}) {
  return (
    <Card withBorder padding="md" radius="sm" data-testid={testId}>
      {loading ? (
        <Stack gap={6}>
          <Skeleton height={14} width="50%" />
          <Skeleton height={30} width="40%" />
        </Stack>
      ) : (
        <Anchor component={Link} to={href} underline="hover" c="inherit" display="block">
          <Text size="sm" c="dimmed" component="span" display="block">
            {label}
          </Text>
          <Text fz={28} fw={700} component="span" display="block" lh={1.3}>
            {value}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed" component="span" display="block">
              {hint}
            </Text>
          )}
        </Anchor>
      )}
    </Card>
  );
}

function Stats({
  base,
  instances,
  storage,
  instancesLoading,
  flavorsLoading,
  flavorsFailed,
  volumesLoading,
}: {
  base: string;
  instances: InstanceSummary | null;
  storage: VolumeSummary | null;
  instancesLoading: boolean;
  flavorsLoading: boolean;
  /** Without flavors, vCPU and RAM are unknown: say so rather than show 0. */
  flavorsFailed: boolean;
  volumesLoading: boolean;
}) {
  const { t } = useTranslation();
  // The instances behind "in use": one status can be linked as a filter; several cannot.
  const inUseStatuses = instances?.inUse.byStatus ?? [];
  const inUseHref =
    inUseStatuses.length === 1 && inUseStatuses[0]
      ? `${base}/instances?status=${inUseStatuses[0].status}`
      : `${base}/instances`;
  const inUseHint = flavorsFailed
    ? t('overview.stats.unknown')
    : instances
      ? t('overview.stats.inUseHint', { count: instances.inUse.instances })
      : undefined;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <StatCard
        testId="stat-instances"
        label={t('overview.stats.instances')}
        value={formatNumber(instances?.total ?? 0)}
        hint={t('overview.stats.instancesHint')}
        href={`${base}/instances`}
        loading={instancesLoading || !instances}
      />
      <StatCard
        testId="stat-vcpus"
        label={t('overview.stats.vcpus')}
        value={flavorsFailed ? '—' : formatNumber(instances?.inUse.vcpus ?? 0)}
        hint={inUseHint}
        href={inUseHref}
        loading={instancesLoading || flavorsLoading || !instances}
      />
      <StatCard
        testId="stat-ram"
        label={t('overview.stats.ram')}
        value={
          flavorsFailed
            ? '—'
            : t('overview.gb', { size: formatNumber(gb(instances?.inUse.ramMb ?? 0)) })
        }
        hint={inUseHint}
        href={inUseHref}
        loading={instancesLoading || flavorsLoading || !instances}
      />
      <StatCard
        testId="stat-volumes"
        label={t('overview.stats.volumes')}
        value={t('overview.stats.volumesValue', { count: storage?.count ?? 0 })}
        hint={t('overview.stats.volumesHint', { size: formatNumber(storage?.totalGb ?? 0) })}
        href={`${base}/volumes`}
        loading={volumesLoading || !storage}
      />
    </SimpleGrid>
  );
}

const statusLabel = serverStatusLabel;
const DONUT_PX = 140;

function ByStatus({ id, base, summary }: { id: string; base: string; summary: InstanceSummary }) {
  const { t } = useTranslation();
  const items: CountItem[] = summary.byStatus.map((row) => ({
    key: row.key,
    label: statusLabel(t, row.key),
    count: row.count,
    href: `${base}/instances?status=${encodeURIComponent(row.key)}`,
    color: `${statusInfo(row.key).tone}.6`,
  }));
  if (items.length === 0) return <Text size="sm">{t('overview.empty.text')}</Text>;
  return (
    <Group align="center" wrap="nowrap" gap="md">
      <ChartBox width={DONUT_PX} height={DONUT_PX}>
        <DonutChart
          data={items.map((item) => ({
            name: String(item.label),
            value: item.count,
            color: item.color ?? 'gray.6',
          }))}
          size={DONUT_PX}
          thickness={22}
          withTooltip={false}
          chartLabel={formatNumber(summary.total)}
          accessibilityLayer={false}
          pieProps={{ rootTabIndex: -1 }}
        />
      </ChartBox>
      <Box style={{ flex: 1 }}>
        <CountList items={items} labelledBy={id} testId="overview-status-list" />
      </Box>
    </Group>
  );
}

function BarsWithList({
  id,
  items,
  color,
  testId,
}: {
  id: string;
  items: CountItem[];
  color: string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm">{t('overview.empty.text')}</Text>;
  const height = Math.max(120, items.length * 34);
  return (
    <Stack gap="xs">
      <ChartBox height={height}>
        <BarChart
          h={height}
          data={items.map((item) => ({ label: String(item.label), count: item.count }))}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'count', color, label: t('overview.stats.instances') }]}
          withTooltip={false}
          gridAxis="none"
          withXAxis={false}
          yAxisProps={{ width: 110 }}
          withBarValueLabel
          accessibilityLayer={false}
        />
      </ChartBox>
      <CountList items={items} labelledBy={id} testId={testId} />
    </Stack>
  );
}

function ByFamily({ id, base, summary }: { id: string; base: string; summary: InstanceSummary }) {
  const { t } = useTranslation();
  const items: CountItem[] = summary.byFamily.map((row) =>
    row.key === UNKNOWN_FAMILY
      ? { key: 'unknown', label: t('overview.byFamily.unknown'), count: row.count }
      : {
          key: row.key,
          label: row.key.toUpperCase(),
          count: row.count,
          href: `${base}/instances?family=${encodeURIComponent(row.key)}`,
        },
  );
  return <BarsWithList id={id} items={items} color="blue.6" testId="overview-family-list" />;
}

function ByZone({ id, base, summary }: { id: string; base: string; summary: InstanceSummary }) {
  const items: CountItem[] = summary.byZone.map((row) => ({
    key: row.key,
    label: row.key,
    count: row.count,
    href: `${base}/instances?zone=${encodeURIComponent(row.key)}`,
  }));
  return <BarsWithList id={id} items={items} color="teal.6" testId="overview-zone-list" />;
}

function Resources({ id, base, summary }: { id: string; base: string; summary: InstanceSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {summary.inUse.byStatus.length === 0 ? (
        <Text size="sm">{t('overview.resources.none')}</Text>
      ) : (
        <Table aria-labelledby={id} data-testid="overview-resources-table" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('overview.resources.status')}</Table.Th>
              <Table.Th ta="right">{t('overview.resources.instances')}</Table.Th>
              <Table.Th ta="right">{t('overview.resources.vcpus')}</Table.Th>
              <Table.Th ta="right">{t('overview.resources.ram')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.inUse.byStatus.map((row) => (
              <Table.Tr key={row.status}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`${base}/instances?status=${encodeURIComponent(row.status)}`}
                    size="sm"
                  >
                    {statusLabel(t, row.status)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">
                  <Anchor
                    component={Link}
                    to={`${base}/instances?status=${encodeURIComponent(row.status)}`}
                    size="sm"
                    aria-label={t('overview.resources.countLink', {
                      count: row.count,
                      status: statusLabel(t, row.status),
                    })}
                  >
                    {formatNumber(row.count)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.vcpus)}</Table.Td>
                <Table.Td ta="right">
                  {t('overview.gb', { size: formatNumber(gb(row.ramMb)) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('overview.resources.total')}</Table.Th>
              <Table.Th ta="right">{formatNumber(summary.inUse.instances)}</Table.Th>
              <Table.Th ta="right">{formatNumber(summary.inUse.vcpus)}</Table.Th>
              <Table.Th ta="right">
                {t('overview.gb', { size: formatNumber(gb(summary.inUse.ramMb)) })}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      <Text size="sm" c="dimmed">
        {t('overview.resources.allocated', {
          vcpus: formatNumber(summary.allocated.vcpus),
          ram: formatNumber(gb(summary.allocated.ramMb)),
        })}
      </Text>
      {summary.unknownFlavor > 0 && (
        <Text size="sm">
          {t('overview.resources.unknownFlavor', { count: summary.unknownFlavor })}
        </Text>
      )}
    </Stack>
  );
}

function Capacity({ id, base, summary }: { id: string; base: string; summary: VolumeSummary }) {
  const { t } = useTranslation();
  const byStatusId = useId();
  if (summary.count === 0) {
    return (
      <Anchor component={Link} to={`${base}/volumes`} size="sm">
        {t('overview.volumes.none')}
      </Anchor>
    );
  }
  const sides: CountItem[] = [
    {
      key: 'attached',
      label: t('overview.volumes.attached'),
      count: summary.attached.count,
      detail: t('overview.gb', { size: formatNumber(summary.attached.gb) }),
      href: `${base}/volumes?attached=yes`,
      color: 'blue.6',
    },
    {
      key: 'free',
      label: t('overview.volumes.free'),
      count: summary.free.count,
      detail: t('overview.gb', { size: formatNumber(summary.free.gb) }),
      href: `${base}/volumes?attached=no`,
      color: 'gray.5',
    },
  ];
  const percent = (value: number) => (summary.totalGb > 0 ? (value / summary.totalGb) * 100 : 0);
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`${base}/volumes`} data-testid="overview-volumes-total">
        <Text span fz={22} fw={700}>
          {t('overview.volumes.count', { count: summary.count })}
        </Text>{' '}
        <Text span size="sm">
          · {t('overview.volumes.total', { size: formatNumber(summary.totalGb) })}
        </Text>
      </Anchor>
      <Box aria-hidden="true">
        <Progress.Root size="lg">
          <Progress.Section value={percent(summary.attached.gb)} color="blue.6" />
          <Progress.Section value={percent(summary.free.gb)} color="gray.5" />
        </Progress.Root>
      </Box>
      <CountList items={sides} labelledBy={id} testId="overview-capacity-list" />
      <Text size="sm" fw={600} id={byStatusId} mt="xs">
        {t('overview.volumes.byStatus')}
      </Text>
      <CountList
        labelledBy={byStatusId}
        testId="overview-volume-status-list"
        items={summary.byStatus.map((row) => ({
          key: row.status,
          label: volumeStatusLabel(t, row.status),
          count: row.count,
          detail: t('overview.gb', { size: formatNumber(row.gb) }),
          href: `${base}/volumes?status=${encodeURIComponent(row.status)}`,
        }))}
      />
    </Stack>
  );
}

/** How many instances, and how many volumes, the attention list names. */
const ATTENTION_SHOWN = 10;

function Attention({
  base,
  summary,
  storage,
}: {
  base: string;
  summary: InstanceSummary;
  storage: VolumeSummary | null;
}) {
  const { t } = useTranslation();
  const failedVolumes = storage?.failed ?? [];
  if (summary.attention.length === 0 && failedVolumes.length === 0) {
    return <Text size="sm">{t('overview.attention.none')}</Text>;
  }
  const errors = summary.attention.filter((item) => item.reason === 'error').length;
  // The first few of each (errors first, by name): at 5,000 instances hundreds may be in error,
  // and listing them all here would cost seconds to render (issue 10); the list has them all.
  const instances = summary.attention.slice(0, ATTENTION_SHOWN);
  const volumes = failedVolumes.slice(0, ATTENTION_SHOWN);
  const more = summary.attention.length - instances.length + failedVolumes.length - volumes.length;
  return (
    <Stack gap="xs">
      <Box
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        data-testid="overview-attention-list"
      >
        {instances.map((item) => (
          <Box component="li" key={item.id} py={4}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0}>
                <Anchor component={Link} to={`${base}/instances/${item.id}`} fw={500} size="sm">
                  {item.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.reason === 'error'
                    ? t('overview.attention.error')
                    : t('overview.attention.building')}{' '}
                  <RelativeTime value={item.since} />
                </Text>
              </Stack>
              <StatusBadge status={item.status} />
            </Group>
          </Box>
        ))}
        {volumes.map((volume) => (
          <Box component="li" key={volume.id} py={4}>
            <Anchor component={Link} to={`${base}/volumes?volume=${volume.id}`} fw={500} size="sm">
              {volumeLabel(volume)}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('overview.attention.volumeError', { status: volumeStatusLabel(t, volume.status) })}
            </Text>
          </Box>
        ))}
      </Box>
      {more > 0 && (
        <Text size="sm" c="dimmed" data-testid="overview-attention-more">
          {t('overview.attention.more', { count: more, formatted: formatNumber(more) })}
        </Text>
      )}
      {errors > 1 && (
        <Anchor component={Link} to={`${base}/instances?status=ERROR`} size="sm">
          {t('overview.attention.showAll')}
        </Anchor>
      )}
    </Stack>
  );
}

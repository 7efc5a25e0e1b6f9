/**
 * Under the instances table: which rows of how many are shown, the page size and the pages.
 * Paging is in memory (the collection holds every server), so a page is a slice of the sorted,
 * filtered list, and its number is in the URL (`?page=`).
 */
import { Button, Group, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectOnDemand } from '../../../components/select-on-demand';
import { formatNumber } from '../../../i18n';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../list-params';

export const ListFooter = memo(function ListFooter({
  from,
  shown,
  total,
  page,
  pages,
  pageSize,
  onPage,
  onPageSize,
}: {
  /** Index of the first row shown. */
  from: number;
  shown: number;
  /** Every matching instance (of those loaded). */
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t } = useTranslation();
  const sizes = PAGE_SIZES.includes(pageSize) ? PAGE_SIZES : [pageSize, ...PAGE_SIZES];
  return (
    <Group justify="space-between" mt="sm" wrap="wrap">
      <Text size="sm" c="dimmed" data-testid="instances-count">
        {shown === 0
          ? t('instanceList.countNone')
          : t('instanceList.showing', {
              from: formatNumber(from + 1),
              to: formatNumber(from + shown),
              count: total,
              total: formatNumber(total),
            })}
      </Text>
      <Group gap="xs">
        {/* Mantine's Select is downloaded when first wanted (issue 10: select-on-demand.tsx). */}
        <SelectOnDemand
          aria-label={t('instanceList.pageSize')}
          data={sizes.map(String)}
          value={String(pageSize)}
          onChange={(value) => value && onPageSize(Number(value) || DEFAULT_PAGE_SIZE)}
          allowDeselect={false}
          w={90}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('instanceList.pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}
        </Text>
        <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('instanceList.previousPage')}
        </Button>
        <Button variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('instanceList.nextPage')}
        </Button>
      </Group>
    </Group>
  );
});

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadProgress } from '../../../components/load-progress';
import { formatNumber } from '../../../i18n';
import { loadedSoFar, type overviewQueries } from '../overview-data';

/**
 * The background load's progress: the one part of the page each of its pages renders again
 * (issue 10), since the page reads the servers only once they are all in.
 */
export function CountingProgress({
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

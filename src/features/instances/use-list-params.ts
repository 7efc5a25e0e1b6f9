/**
 * The instances list's filters, sort and page in the URL (list-params.ts reads them), so a link
 * or a reload shows the same list; `update` is the list scaffolding's (src/components/use-list-url.ts):
 * a new filter starts again from the first page, and forgets an older link's marker.
 */
import { useEffect, useMemo } from 'react';
import { useListUrl } from '../../components/use-list-url';
import { type ListParams, readListParams } from './list-params';

const PLACE_IN_LIST = ['page', 'marker'];

export function useListParams() {
  const { params, update } = useListUrl(PLACE_IN_LIST);
  const search = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's text is the whole input
  const read = useMemo(() => readListParams(params), [search]);
  const values: ListParams = read.values;

  const { rewriteStatus } = read;
  useEffect(() => {
    if (rewriteStatus !== null) update({ status: rewriteStatus || undefined }, true);
  }, [rewriteStatus, update]);

  return { params: values, update };
}

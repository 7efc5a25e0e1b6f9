import { useCallback, useRef } from 'react';
import { clearedParams } from './list-url';
import { type UrlParamChanges, useUrlParams } from './use-url-params';

/**
 * A list page's URL (list-url.ts reads it): `update` sets filters, sort or paging and, unless
 * `keepPage`, goes back to the first page (a new filter or sort starts from the top) by removing
 * `resets` (`page`, and whatever else names a place in the list). `update` is the same function
 * from render to render, so memoized filter bars and tables are not rendered again for it.
 */
export function useListUrl(resets: readonly string[] = ['page']) {
  const { params, update: setParams } = useUrlParams();
  const setRef = useRef(setParams);
  setRef.current = setParams;
  const resetKeys = resets.join(',');
  const update = useCallback(
    (changes: UrlParamChanges, keepPage = false) =>
      setRef.current(keepPage ? changes : { ...changes, ...clearedParams(resetKeys.split(',')) }),
    [resetKeys],
  );
  return { params, update };
}

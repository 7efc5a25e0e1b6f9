import { useSearchParams } from 'react-router';

export type UrlParamChanges = Record<string, string | undefined>;

/**
 * A page's state in its URL (filters, sort, paging), so a link or a reload shows the same view.
 * `update` sets several parameters at once and removes those given as undefined or '', replacing
 * the history entry (typing in a filter must not fill the back button).
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: UrlParamChanges) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return { params, update };
}

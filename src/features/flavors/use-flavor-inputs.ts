import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { clearedParams } from '../../components/list-url';
import type { UrlParamChanges } from '../../components/use-url-params';
import {
  FLAVOR_FILTER_PARAMS,
  type FlavorFilters,
  sameAsUrl,
  type TypedFilters,
  typedParams,
} from './flavor-table';

/** How long typing must pause before the URL (and so the request) follows. */
const TYPING_PAUSE_MS = 350;

/**
 * The flavors page's typed filters (name, minimum RAM, minimum disk): what the operator types,
 * which the URL, and so the request, follows once the typing pauses. The pause is a debounced
 * value rather than a debounced call, so no keystroke of one field is lost to a quick change of
 * another. `clear` empties the fields and every filter of the URL.
 */
export function useFlavorInputs(
  filters: FlavorFilters,
  update: (changes: UrlParamChanges) => void,
) {
  const [name, setName] = useState(filters.name);
  const [minRam, setMinRam] = useState<string | number>(filters.minRamGb ?? '');
  const [minDisk, setMinDisk] = useState<string | number>(filters.minDiskGb ?? '');
  const typed: TypedFilters = { name, minRam, minDisk };
  const [settled] = useDebouncedValue(JSON.stringify(typedParams(typed)), TYPING_PAUSE_MS);
  const latest = useRef({ filters, update });
  latest.current = { filters, update };
  useEffect(() => {
    const next = JSON.parse(settled) as ReturnType<typeof typedParams>;
    const { filters: current, update: apply } = latest.current;
    // Every field, so an emptied one leaves the URL too.
    if (!sameAsUrl(next, current)) {
      apply({ q: next.q, minRamGb: next.minRamGb, minDiskGb: next.minDiskGb });
    }
  }, [settled]);

  const clear = () => {
    setName('');
    setMinRam('');
    setMinDisk('');
    update(clearedParams(FLAVOR_FILTER_PARAMS));
  };
  return { typed, setName, setMinRam, setMinDisk, clear };
}

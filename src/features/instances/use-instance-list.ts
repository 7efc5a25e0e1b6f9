/**
 * The instances list's data: the region's servers from the kept-fresh collection
 * (src/resources/server-collection-query.ts), its flavors and images, filtered, sorted and paged
 * in memory over every instance (issue 10, list-view.ts). An older link's `?marker=` becomes the
 * page after its server once that server is loaded.
 */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo } from 'react';
import type { ApiScope } from '../../api/endpoints';
import { pageOf } from '../../components/list-url';
import type { UrlParamChanges } from '../../components/use-url-params';
import { reservationMembersQuery } from '../../resources/reservation';
import { listQueries } from './list-data';
import { type ListParams, markerPage } from './list-params';
import { filterServers, sortServers } from './list-view';

export function useInstanceList(
  scope: ApiScope,
  params: ListParams,
  update: (changes: UrlParamChanges, keepPage?: boolean) => void,
) {
  // The route's loader asked for these already (src/app/route-data.ts): the same options.
  const queries = useMemo(() => listQueries(scope), [scope]);
  const collection = useQuery(queries.collection);
  const flavorList = useQuery(queries.flavors);
  const imageList = useQuery(queries.images);
  const reservation = useQuery({
    ...reservationMembersQuery(scope, params.reservation ?? ''),
    enabled: Boolean(params.reservation),
  });
  const flavors = useMemo(
    () => (flavorList.data ? new Map(flavorList.data.map((f) => [f.id, f] as const)) : undefined),
    [flavorList.data],
  );
  const images = useMemo(
    () => (imageList.data ? new Map(imageList.data.map((i) => [i.id, i] as const)) : undefined),
    [imageList.data],
  );
  const flavorNames = useMemo(
    () => new Map((flavorList.data ?? []).map((f) => [f.id, f.name] as const)),
    [flavorList.data],
  );

  // Sorted once per change of the servers or the sort; filtered from that (typing re-filters only).
  // Deferred: a click on a column or a filter shows at once, the 5,000 rows follow when they may.
  const view = useDeferredValue(params);
  const servers = collection.data?.servers;
  const context = useMemo(() => ({ flavors, images }), [flavors, images]);
  const sorted = useMemo(
    () => sortServers(servers ?? [], view.sort, context),
    [servers, view.sort, context],
  );
  const matching = useMemo(
    () =>
      filterServers(
        sorted,
        {
          name: view.name,
          status: view.status,
          flavor: view.flavor,
          image: view.image,
          // Until its members are known, a reservation matches nothing rather than everything.
          reservation: view.reservation ? (reservation.data ?? new Set()) : undefined,
          zone: view.zone,
          family: view.family,
        },
        context,
      ),
    [sorted, view, reservation.data, context],
  );
  const page = useMemo(
    () => pageOf(matching, view.page, view.pageSize),
    [matching, view.page, view.pageSize],
  );

  // An older link's marker: the page that follows that server, once it is loaded.
  const complete = collection.data?.complete ?? false;
  useEffect(() => {
    if (!params.marker || !servers) return;
    const next = markerPage(matching, params.marker, params.pageSize, complete);
    if (next !== 'wait') update({ marker: undefined, page: next }, true);
  }, [params.marker, params.pageSize, matching, servers, complete, update]);

  return {
    collection,
    flavorList,
    imageList,
    reservation,
    flavors,
    images,
    flavorNames,
    servers,
    complete,
    matching,
    page,
  };
}

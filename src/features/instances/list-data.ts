/**
 * What the instances list reads, in one place for the page and its route's loader (issue 10,
 * "navigation → first rows"): the loader asks for them while the page's chunk and messages load,
 * the page then finds them in flight or done — the same query options, so the same cache entries.
 */
import type { ApiScope } from '../../api/endpoints';
import { loadedByRoute } from '../../components/loaded-by-route';
import { flavorsQuery } from '../../resources/flavors';
import { imagesQuery } from '../../resources/images';
import { serversCollectionQuery } from '../../resources/server-collection-query';

export const listQueries = (scope: ApiScope) =>
  loadedByRoute({
    collection: serversCollectionQuery(scope),
    flavors: flavorsQuery(scope),
    images: imagesQuery(scope),
  });

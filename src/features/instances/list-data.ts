/**
 * What the instances list reads, in one place for the page and its route's loader (issue 10,
 * "navigation → first rows"): the loader asks for them while the page's chunk and messages load,
 * the page then finds them in flight or done — the same query options, so the same cache entries.
 */
import type { ApiScope } from '../../api/endpoints';
import { loadedByRoute } from '../../components/loaded-by-route';
import { flavorsQuery } from '../flavors/queries';
import { imagesQuery } from '../images/queries';
import { serversCollectionQuery } from './collection-query';

export const listQueries = (scope: ApiScope) =>
  loadedByRoute({
    collection: serversCollectionQuery(scope),
    flavors: flavorsQuery(scope),
    images: imagesQuery(scope),
  });

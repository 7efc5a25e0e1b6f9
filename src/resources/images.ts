import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiScope } from '../api/endpoints';
import { listAllImages } from '../api/image';
import type { Image } from '../domain/image-types';

export const imageKeys = {
  all: (scope: ApiScope) => ['images', scope.tenantId, scope.region] as const,
  list: (scope: ApiScope) => [...imageKeys.all(scope), 'list'] as const,
  detail: (scope: ApiScope, id: string) => [...imageKeys.all(scope), 'detail', id] as const,
};

export const imagesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: imageKeys.list(scope),
    queryFn: () => listAllImages(scope),
    staleTime: 5 * 60_000,
  });

export function useImageMap(scope: ApiScope) {
  return useQuery({
    ...imagesQuery(scope),
    select: (images) => new Map(images.map((image) => [image.id, image] as const)),
  });
}

export type ImageMap = Map<string, Image>;

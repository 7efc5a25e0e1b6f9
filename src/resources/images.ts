import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import type { ApiScope } from '../api/endpoints';
import { getImage, listAllImages } from '../api/image';
import { isImageSettled } from '../domain/image-status';
import { BUSY_REFRESH_MS } from './refresh-intervals';

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

/** Whether an image answered 404: deleted, and gone from the API too. */
export function isImageNotFound(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 404;
}

/**
 * One image, followed while it is being made (a new image from 인스턴스 이미지 생성) and no
 * longer once its status is final (src/domain/image-status.ts: active, or killed or deleted,
 * which never become active) or it is not found.
 */
export const imageQuery = (scope: ApiScope, id: string) =>
  queryOptions({
    queryKey: imageKeys.detail(scope, id),
    queryFn: () => getImage(scope, id),
    refetchInterval: (query) =>
      isImageSettled(query.state.data?.status) || isImageNotFound(query.state.error)
        ? false
        : BUSY_REFRESH_MS,
  });

export function useImageMap(scope: ApiScope) {
  return useQuery({
    ...imagesQuery(scope),
    select: (images) => new Map(images.map((image) => [image.id, image] as const)),
  });
}

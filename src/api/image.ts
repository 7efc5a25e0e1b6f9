/** Image API v2 (neighbour-apis.md): the images the create form and the lists name. */
import type { Image, ImageList } from '../domain/image-types';
import { http } from './client';
import { type ApiScope, imageBase } from './endpoints';

export interface ImageQuery {
  limit?: number;
  marker?: string;
  name?: string;
  visibility?: 'public' | 'private' | 'shared' | 'community' | 'all';
  owner?: string;
  status?: string;
  size_min?: number;
  size_max?: number;
  sort_key?: string;
  sort_dir?: 'asc' | 'desc';
  member_status?: string;
}

export const MAX_IMAGE_PAGE = 1000;

export async function listImages(scope: ApiScope, query: ImageQuery = {}, signal?: AbortSignal) {
  return http.get<ImageList>(`${imageBase(scope)}/images`, { query: { ...query }, signal });
}

/** Every image the tenant can see, in one request of the largest page the API allows. */
export async function listAllImages(scope: ApiScope, signal?: AbortSignal): Promise<Image[]> {
  return (
    await listImages(scope, { limit: MAX_IMAGE_PAGE, sort_key: 'name', sort_dir: 'asc' }, signal)
  ).images;
}

export async function getImage(scope: ApiScope, imageId: string, signal?: AbortSignal) {
  return http.get<Image>(`${imageBase(scope)}/images/${imageId}`, { signal });
}

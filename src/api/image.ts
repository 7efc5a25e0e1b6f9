/** Image API v2 (neighbour-apis.md): the images the create form and the lists name. */
import type { Image, ImageList } from '../domain/image-types';
import { http } from './client';
import { type ApiScope, imageBase } from './endpoints';

interface ImageQuery {
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

const MAX_IMAGE_PAGE = 1000;

async function listImages(scope: ApiScope, query: ImageQuery = {}, signal?: AbortSignal) {
  return http.get<ImageList>(`${imageBase(scope)}/images`, { query: { ...query }, signal });
}

/**
 * Every image the tenant can see, in pages of the largest size the API allows, following `next`
 * until there is none: a list never stops silently at one page.
 */
export async function listAllImages(
  scope: ApiScope,
  signal?: AbortSignal,
  pageSize = MAX_IMAGE_PAGE,
): Promise<Image[]> {
  const images: Image[] = [];
  let query: ImageQuery = { limit: pageSize, sort_key: 'name', sort_dir: 'asc' };
  for (;;) {
    const page = await listImages(scope, query, signal);
    images.push(...page.images);
    const marker = page.next ? new URL(page.next, 'http://x').searchParams.get('marker') : null;
    if (!marker || page.images.length === 0 || marker === query.marker) return images;
    query = { ...query, marker };
  }
}

export async function getImage(scope: ApiScope, imageId: string, signal?: AbortSignal) {
  return http.get<Image>(`${imageBase(scope)}/images/${imageId}`, { signal });
}

/** Block Storage API v2 (current/block-storage-api.ko.md): volume types, volumes and snapshots. */
import type {
  CreateSnapshotRequest,
  CreateVolumeRequest,
  Snapshot,
  Volume,
  VolumeType,
} from '../domain/block-storage-types';
import { http } from './client';
import { type ApiScope, blockStorageBase } from './endpoints';

type Signal = AbortSignal | undefined;

/** Block Storage's default and largest page (블록 스토리지 목록 보기: limit, 기본값 1000). */
const BLOCK_STORAGE_PAGE = 1000;

type Links = { href: string; rel: string }[] | undefined;

/**
 * Every item of a Block Storage list, page after page with `limit` and `marker`: a list never
 * stops silently at one page. The next page is asked for while the answer links one (`*_links`
 * with `rel: next`) or comes back full.
 */
async function listAllPages<T extends { id: string }>(
  fetchPage: (query: { limit: number; marker?: string }) => Promise<{ items: T[]; links: Links }>,
  pageSize = BLOCK_STORAGE_PAGE,
): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  for (;;) {
    const { items, links } = await fetchPage({ limit: pageSize, marker });
    all.push(...items);
    const last = items.at(-1);
    const more = links?.some((link) => link.rel === 'next') || items.length >= pageSize;
    if (!more || !last || last.id === marker) return all;
    marker = last.id;
  }
}

export async function listVolumeTypes(scope: ApiScope, signal?: Signal) {
  return (
    await http.get<{ volume_types: VolumeType[] }>(`${blockStorageBase(scope)}/types`, { signal })
  ).volume_types;
}

/** Every volume of the tenant in the region (all pages). */
export async function listVolumesDetail(scope: ApiScope, signal?: Signal, pageSize?: number) {
  return listAllPages(async (query) => {
    const body = await http.get<{ volumes: Volume[]; volumes_links?: Links }>(
      `${blockStorageBase(scope)}/volumes/detail`,
      { query, signal },
    );
    return { items: body.volumes, links: body.volumes_links };
  }, pageSize);
}

export async function getVolume(scope: ApiScope, volumeId: string, signal?: Signal) {
  return (
    await http.get<{ volume: Volume }>(`${blockStorageBase(scope)}/volumes/${volumeId}`, { signal })
  ).volume;
}

export async function createVolume(scope: ApiScope, volume: CreateVolumeRequest['volume']) {
  const response = await http.request<{ volume: Volume }>(`${blockStorageBase(scope)}/volumes`, {
    method: 'POST',
    body: { volume },
  });
  return response.data.volume;
}

export async function deleteVolume(scope: ApiScope, volumeId: string) {
  await http.request(`${blockStorageBase(scope)}/volumes/${volumeId}`, { method: 'DELETE' });
}

// ── 스냅숏 ──

/** Every snapshot of the tenant in the region (all pages). */
export async function listSnapshotsDetail(scope: ApiScope, signal?: Signal, pageSize?: number) {
  return listAllPages(async (query) => {
    const body = await http.get<{ snapshots: Snapshot[]; snapshots_links?: Links }>(
      `${blockStorageBase(scope)}/snapshots/detail`,
      { query, signal },
    );
    return { items: body.snapshots, links: body.snapshots_links };
  }, pageSize);
}

export async function createSnapshot(scope: ApiScope, snapshot: CreateSnapshotRequest['snapshot']) {
  const response = await http.request<{ snapshot: Snapshot }>(
    `${blockStorageBase(scope)}/snapshots`,
    { method: 'POST', body: { snapshot } },
  );
  return response.data.snapshot;
}

export async function deleteSnapshot(scope: ApiScope, snapshotId: string) {
  await http.request(`${blockStorageBase(scope)}/snapshots/${snapshotId}`, { method: 'DELETE' });
}

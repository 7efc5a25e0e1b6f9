/** Block Storage API v2 (neighbour-apis.md): volume types and volumes. */
import type { CreateVolumeRequest, Volume, VolumeType } from '../domain/block-storage-types';
import { http } from './client';
import { type ApiScope, blockStorageBase } from './endpoints';

type Signal = AbortSignal | undefined;

export async function listVolumeTypes(scope: ApiScope, signal?: Signal) {
  return (
    await http.get<{ volume_types: VolumeType[] }>(`${blockStorageBase(scope)}/types`, { signal })
  ).volume_types;
}

export async function listVolumesDetail(scope: ApiScope, signal?: Signal) {
  return (
    await http.get<{ volumes: Volume[] }>(`${blockStorageBase(scope)}/volumes/detail`, { signal })
  ).volumes;
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

export async function renameVolume(scope: ApiScope, volumeId: string, name: string) {
  const response = await http.request<{ volume: Volume }>(
    `${blockStorageBase(scope)}/volumes/${volumeId}`,
    {
      method: 'PUT',
      body: { volume: { name } },
    },
  );
  return response.data.volume;
}

export async function deleteVolume(scope: ApiScope, volumeId: string) {
  await http.request(`${blockStorageBase(scope)}/volumes/${volumeId}`, { method: 'DELETE' });
}

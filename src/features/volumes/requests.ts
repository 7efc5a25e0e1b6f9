/**
 * The exact requests the volume actions send, for the request previews. Attach and detach go
 * through the compute API (spec: 블록 스토리지 연결 관리) and are built by the action table.
 */
import { describeServerAction } from '../../api/compute';
import { type ApiScope, blockStorageBase } from '../../api/endpoints';
import type { PreviewRequest } from '../../components/request-preview';
import type { CreateSnapshotRequest, CreateVolumeRequest } from '../../domain/block-storage-types';

export function createVolumeRequest(
  scope: ApiScope,
  volume: CreateVolumeRequest['volume'],
): PreviewRequest {
  return { method: 'POST', path: `${blockStorageBase(scope)}/volumes`, body: { volume } };
}

export function deleteVolumeRequest(scope: ApiScope, volumeId: string): PreviewRequest {
  return { method: 'DELETE', path: `${blockStorageBase(scope)}/volumes/${volumeId}` };
}

export function attachVolumeRequest(
  scope: ApiScope,
  serverId: string,
  volumeId: string,
): PreviewRequest {
  return describeServerAction(scope, 'attachVolume', serverId, { volumeId });
}

export function detachVolumeRequest(
  scope: ApiScope,
  serverId: string,
  volumeId: string,
): PreviewRequest {
  return describeServerAction(scope, 'detachVolume', serverId, { volumeId });
}

export function createSnapshotRequest(
  scope: ApiScope,
  snapshot: CreateSnapshotRequest['snapshot'],
): PreviewRequest {
  return { method: 'POST', path: `${blockStorageBase(scope)}/snapshots`, body: { snapshot } };
}

export function deleteSnapshotRequest(scope: ApiScope, snapshotId: string): PreviewRequest {
  return { method: 'DELETE', path: `${blockStorageBase(scope)}/snapshots/${snapshotId}` };
}

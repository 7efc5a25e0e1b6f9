/**
 * Compute (Instance API v2): a typed function for each endpoint of instance-api-v2.ko.md the
 * console calls. Instance actions (rename, delete, metadata, volume attachment, …) go through
 * runServerAction, which sends the request the domain's action table builds, so the rule and the
 * request live in one place.
 */
import type {
  AvailabilityZone,
  CreatedKeypair,
  CreateServerRequest,
  CreateServerResponse,
  Flavor,
  FlavorSummary,
  Keypair,
  KeypairDetail,
  Server,
  ServerListQuery,
  ServerSummary,
  VolumeAttachment,
} from '../domain/compute-types';
import {
  type ActionRequest,
  type ServerActionId,
  type ServerActionParams,
  serverActionRequest,
} from '../domain/server-actions';
import type { CreateServerGroupRequest, ServerGroup } from '../domain/server-group';
import { http } from './client';
import { type ApiScope, computeBase } from './endpoints';

type Signal = AbortSignal | undefined;

export interface FlavorQuery {
  /** Minimum RAM in MB. */
  minRam?: number;
  /** Minimum disk in GB. */
  minDisk?: number;
}

// ── 인스턴스 타입 ──
export async function listFlavors(scope: ApiScope, query: FlavorQuery = {}, signal?: Signal) {
  return (
    await http.get<{ flavors: FlavorSummary[] }>(`${computeBase(scope)}/flavors`, {
      query: { ...query },
      signal,
    })
  ).flavors;
}

export async function listFlavorsDetail(scope: ApiScope, query: FlavorQuery = {}, signal?: Signal) {
  return (
    await http.get<{ flavors: Flavor[] }>(`${computeBase(scope)}/flavors/detail`, {
      query: { ...query },
      signal,
    })
  ).flavors;
}

// ── 가용성 영역 ──
export async function listAvailabilityZones(scope: ApiScope, signal?: Signal) {
  return (
    await http.get<{ availabilityZoneInfo: AvailabilityZone[] }>(
      `${computeBase(scope)}/os-availability-zone`,
      { signal },
    )
  ).availabilityZoneInfo;
}

// ── 키페어 ──
export async function listKeypairs(scope: ApiScope, signal?: Signal): Promise<Keypair[]> {
  const body = await http.get<{ keypairs: { keypair: Keypair }[] }>(
    `${computeBase(scope)}/os-keypairs`,
    { signal },
  );
  return body.keypairs.map((entry) => entry.keypair);
}

export async function getKeypair(scope: ApiScope, name: string, signal?: Signal) {
  return (
    await http.get<{ keypair: KeypairDetail }>(
      `${computeBase(scope)}/os-keypairs/${encodeURIComponent(name)}`,
      { signal },
    )
  ).keypair;
}

/** Without `publicKey` the server generates the pair and returns the private key, once. */
export async function createKeypair(scope: ApiScope, name: string, publicKey?: string) {
  const keypair = publicKey === undefined ? { name } : { name, public_key: publicKey };
  const response = await http.request<{ keypair: CreatedKeypair }>(
    `${computeBase(scope)}/os-keypairs`,
    {
      method: 'POST',
      body: { keypair },
    },
  );
  return response.data.keypair;
}

export async function deleteKeypair(scope: ApiScope, name: string) {
  await http.request(`${computeBase(scope)}/os-keypairs/${encodeURIComponent(name)}`, {
    method: 'DELETE',
  });
}

// ── 인스턴스 ──
interface ServerPage<T> {
  servers: T[];
  /** The marker of the next page, when there is one. */
  nextMarker: string | null;
}

function nextMarkerOf(links: { href: string; rel: string }[] | undefined): string | null {
  const next = links?.find((link) => link.rel === 'next');
  if (!next) return null;
  return new URL(next.href, 'http://x').searchParams.get('marker');
}

export async function listServers(scope: ApiScope, query: ServerListQuery = {}, signal?: Signal) {
  const body = await http.get<{
    servers: ServerSummary[];
    servers_links?: { href: string; rel: string }[];
  }>(`${computeBase(scope)}/servers`, { query: { ...query }, signal });
  return {
    servers: body.servers,
    nextMarker: nextMarkerOf(body.servers_links),
  } satisfies ServerPage<ServerSummary>;
}

export async function listServersDetail(
  scope: ApiScope,
  query: ServerListQuery = {},
  signal?: Signal,
) {
  const { data: body, headers } = await http.request<{
    servers: Server[];
    servers_links?: { href: string; rel: string }[];
  }>(`${computeBase(scope)}/servers/detail`, { query: { ...query }, signal });
  return {
    servers: body.servers,
    nextMarker: nextMarkerOf(body.servers_links),
    // The API's own time of the answer: what the next `changes-since` is counted from (issue 10).
    date: headers.get('Date'),
  } satisfies ServerPage<Server> & { date: string | null };
}

export async function getServer(scope: ApiScope, serverId: string, signal?: Signal) {
  return (
    await http.get<{ server: Server }>(`${computeBase(scope)}/servers/${serverId}`, { signal })
  ).server;
}

export async function createServer(scope: ApiScope, request: CreateServerRequest) {
  const response = await http.request<CreateServerResponse>(`${computeBase(scope)}/servers`, {
    method: 'POST',
    body: request,
  });
  return response.data;
}

// ── 인스턴스 메타데이터 ──
export async function listServerMetadata(scope: ApiScope, serverId: string, signal?: Signal) {
  return (
    await http.get<{ metadata: Record<string, string> }>(
      `${computeBase(scope)}/servers/${serverId}/metadata`,
      { signal },
    )
  ).metadata;
}

// ── 배치 정책 ──
export async function listServerGroups(scope: ApiScope, signal?: Signal) {
  return (
    await http.get<{ server_groups: ServerGroup[] }>(`${computeBase(scope)}/os-server-groups`, {
      signal,
    })
  ).server_groups;
}

/** The request that creates a placement policy: shown to operators before they send it. */
export function describeCreateServerGroup(scope: ApiScope, name: string): ActionRequest {
  const body: CreateServerGroupRequest = {
    server_group: { name, policies: ['anti-affinity'] },
  };
  return { method: 'POST', path: `${computeBase(scope)}/os-server-groups`, body };
}

export async function createServerGroup(scope: ApiScope, name: string) {
  const request = describeCreateServerGroup(scope, name);
  const response = await http.request<{ server_group: ServerGroup }>(request.path, {
    method: 'POST',
    body: request.body,
  });
  return response.data.server_group;
}

export function describeDeleteServerGroup(scope: ApiScope, groupId: string): ActionRequest {
  return { method: 'DELETE', path: `${computeBase(scope)}/os-server-groups/${groupId}` };
}

export async function deleteServerGroup(scope: ApiScope, groupId: string) {
  await http.request(describeDeleteServerGroup(scope, groupId).path, { method: 'DELETE' });
}

// ── 블록 스토리지 연결 관리 ──
export async function listVolumeAttachments(
  scope: ApiScope,
  serverId: string,
  page: { limit?: number; offset?: number } = {},
  signal?: Signal,
) {
  return (
    await http.get<{ volumeAttachments: VolumeAttachment[] }>(
      `${computeBase(scope)}/servers/${serverId}/os-volume_attachments`,
      { query: { ...page }, signal },
    )
  ).volumeAttachments;
}

export async function attachVolume(scope: ApiScope, serverId: string, volumeId: string) {
  const result = await runServerAction(scope, 'attachVolume', serverId, { volumeId });
  return (result.data as { volumeAttachment: VolumeAttachment }).volumeAttachment;
}

export async function detachVolume(scope: ApiScope, serverId: string, volumeId: string) {
  await runServerAction(scope, 'detachVolume', serverId, { volumeId });
}

// ── 인스턴스 추가 기능 ──

export interface ActionResult {
  status: number;
  data: unknown;
  /** createImage: the new image's URL (spec: the `Location` header). */
  location: string | null;
}

/** The request an action sends, with its full path: shown to operators before they run it. */
export function describeServerAction<A extends ServerActionId>(
  scope: ApiScope,
  action: A,
  serverId: string,
  params: ServerActionParams<A>,
): ActionRequest {
  const request = serverActionRequest(action, serverId, params);
  return { ...request, path: `${computeBase(scope)}${request.path}` };
}

export async function runServerAction<A extends ServerActionId>(
  scope: ApiScope,
  action: A,
  serverId: string,
  params: ServerActionParams<A>,
): Promise<ActionResult> {
  const request = describeServerAction(scope, action, serverId, params);
  const response = await http.request<unknown>(request.path, {
    method: request.method,
    body: request.body,
  });
  return {
    status: response.status,
    data: response.data,
    location: response.headers.get('Location'),
  };
}

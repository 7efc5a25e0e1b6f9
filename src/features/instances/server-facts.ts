/**
 * Facts about one server that several screens read (the list, the details page, the action
 * gates): whether deletion protection is on, what the action table judges it by and which image
 * it came from (the OS it runs: src/domain/os-type.ts). Written once here so the list and the
 * details never disagree. Pure: no React, no fetch.
 */
import type { Server } from '../../domain/compute-types';
import type { Image } from '../../domain/image-types';
import { metadataText } from '../../domain/os-type';
import type { ActionSubject } from '../../domain/server-actions';
import type { ServerGroup } from '../../domain/server-group';

/** `NHN-EXT-ATTR:protect` (current guide, 인스턴스 삭제 보호 여부); absent on older editions: off. */
export function isDeletionProtected(server: Pick<Server, 'NHN-EXT-ATTR:protect'>): boolean {
  return server['NHN-EXT-ATTR:protect'] === true;
}

/** What the domain's action table needs to know about a server (status, task, flavor, protection). */
export function actionSubject(
  server: Pick<Server, 'id' | 'status' | 'OS-EXT-STS:task_state' | 'NHN-EXT-ATTR:protect'>,
  flavorName?: string,
): ActionSubject {
  return {
    id: server.id,
    status: server.status,
    taskState: server['OS-EXT-STS:task_state'],
    flavorName,
    protected: isDeletionProtected(server),
  };
}

type ServerWithImage = Pick<Server, 'image' | 'metadata'>;

export interface ServerImageFacts {
  /** The image the server names, or null when it booted from a volume or snapshot (`"image": ""`). */
  imageId: string | null;
  /** That image, when the image list knows it. */
  image: Image | undefined;
  /** The name to show: the image's own, else the metadata's `image_name`, else null. */
  name: string | null;
  /**
   * Where `name` came from. `metadata` when the server booted from a volume or snapshot (its
   * `image` is "", current guide: the metadata keys still name the image and OS) or when the
   * image it names is no longer listed.
   */
  nameFrom: 'image' | 'metadata' | null;
}

export function serverImage(
  server: ServerWithImage,
  images: ReadonlyMap<string, Image> | undefined,
): ServerImageFacts {
  const imageId = server.image ? server.image.id : null;
  const image = imageId ? images?.get(imageId) : undefined;
  if (image) return { imageId, image, name: image.name, nameFrom: 'image' };
  const fromMetadata = metadataText(server, 'image_name');
  // While the image list loads, a named image is not yet "unknown": wait for it.
  if (fromMetadata && (imageId === null || images !== undefined))
    return { imageId, image, name: fromMetadata, nameFrom: 'metadata' };
  return { imageId, image, name: null, nameFrom: null };
}

/**
 * The placement policy (os-server-groups) the server is a member of, if any. The API names the
 * members on the policy, not the policy on the server; an instance joins at most one (at create).
 */
export function placementPolicyOf(
  groups: readonly ServerGroup[] | undefined,
  serverId: string,
): ServerGroup | undefined {
  return groups?.find((group) => group.members.includes(serverId));
}

/**
 * What the details page's networking and volumes sections show, as plain functions (no React):
 * the server's addresses, the security groups it could still join, its attached volumes and the
 * volumes it could attach. Pure: the sections only put these into tables and buttons.
 */
import type { Volume } from '../../domain/block-storage-types';
import type { Server, VolumeAttachment } from '../../domain/compute-types';
import type { SecurityGroup } from '../../domain/network-types';
import { isVolumeTransitional, VOLUME_ATTACHABLE_STATUSES } from '../../domain/volume';
import { isRootAttachment } from '../../domain/volume-rules';

/** Every address of every network, with the network's name. */
export function serverAddresses(server: Pick<Server, 'addresses'>) {
  return Object.entries(server.addresses ?? {}).flatMap(([network, list]) =>
    list.map((address) => ({ network, ...address })),
  );
}

/** The names of the security groups applied, and the region's groups not applied yet. */
export function securityGroupChoices(
  server: Pick<Server, 'security_groups'>,
  groups: readonly SecurityGroup[] | undefined,
): { applied: string[]; addable: SecurityGroup[] } {
  const applied = (server.security_groups ?? []).map((g) => g.name);
  return { applied, addable: (groups ?? []).filter((g) => !applied.includes(g.name)) };
}

/** Whether one of the server's volumes is attaching or detaching (its attachments then change). */
export function attachmentsChanging(volumes: readonly Volume[] | undefined, serverId: string) {
  return (volumes ?? []).some(
    (v) => isVolumeTransitional(v.status) && v.attachments.some((a) => a.server_id === serverId),
  );
}

/** Volumes the server may attach: free, attachable, and in its availability zone. */
export function attachableVolumes(volumes: readonly Volume[] | undefined, zone: string): Volume[] {
  return (volumes ?? []).filter(
    (v) =>
      v.availability_zone === zone &&
      VOLUME_ATTACHABLE_STATUSES.includes(v.status) &&
      v.attachments.length === 0,
  );
}

export interface AttachmentRow {
  attachment: VolumeAttachment;
  /** The volume, when the volume list has it. */
  volume: Volume | undefined;
  /** Its name, else its id. */
  label: string;
  /** The root volume (`/dev/vda`): never detached. */
  root: boolean;
}

/** The server's attachments, each with its volume from the volume list. */
export function attachmentRows(
  attachments: readonly VolumeAttachment[],
  volumes: ReadonlyMap<string, Volume>,
): AttachmentRow[] {
  return attachments.map((attachment) => {
    const volume = volumes.get(attachment.volumeId);
    return {
      attachment,
      volume,
      label: volume?.name || attachment.volumeId,
      root: isRootAttachment(attachment),
    };
  });
}

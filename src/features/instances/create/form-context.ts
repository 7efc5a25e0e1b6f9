/**
 * What the create form's choices point at: the image, volume, snapshot, flavor and subnet chosen,
 * looked up in the lists the page has loaded (each list absent until it is in).
 */
import type { Snapshot, Volume } from '../../../domain/block-storage-types';
import type { Flavor } from '../../../domain/compute-types';
import type { Image } from '../../../domain/image-types';
import type { SecurityGroup, VpcSubnet } from '../../../domain/network-types';
import type { ServerGroup } from '../../../domain/server-group';
import type { CreateInstanceFormValues } from './create-form';
import type { FormContext } from './validate-form';

/** The lists the form chooses from, as loaded so far. */
export interface CreateChoices {
  /** The images that may boot an instance (status active). */
  images: readonly Image[];
  volumes?: readonly Volume[];
  snapshots?: readonly Snapshot[];
  flavors?: readonly Flavor[];
  volumeTypes?: readonly string[];
  subnets?: readonly VpcSubnet[];
  securityGroups?: readonly SecurityGroup[];
  placementPolicies?: readonly ServerGroup[];
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined, id: string | null) =>
  list?.find((item) => item.id === id) ?? null;

export function formContext(values: CreateInstanceFormValues, choices: CreateChoices): FormContext {
  const snapshot = byId(choices.snapshots, values.snapshotId);
  return {
    image: byId(choices.images, values.imageId),
    volume: byId(choices.volumes, values.volumeId),
    snapshot,
    // The volume the snapshot was taken of: its image says which OS the snapshot holds.
    snapshotVolume: snapshot ? byId(choices.volumes, snapshot.volume_id) : null,
    flavor: byId(choices.flavors, values.flavorId),
    volumeTypes: choices.volumeTypes,
    subnet: byId(choices.subnets, values.subnetId),
    securityGroupNames: choices.securityGroups?.map((group) => group.name),
    placementPolicyIds: choices.placementPolicies?.map((policy) => policy.id),
  };
}

/**
 * The create form's values as the exact `POST /v2/{tenantId}/servers` body (current guide:
 * 인스턴스 생성하기): block_device_mapping_v2 from the root and the extra volumes, the network,
 * the zone, the security groups, user data, metadata, the count and the placement policy.
 */
import type {
  BlockDeviceMapping,
  CreateServerRequest,
  ServerNetworkRequest,
} from '../../../domain/compute-types';
import { nhnEncryptionOf } from '../../../domain/volume-encryption';
import {
  type CreateInstanceFormValues,
  countOf,
  type ExtraVolumeRow,
  hasLocalRoot,
  type Lookups,
  metadataOf,
  toNumber,
  zoneOf,
} from './create-form';
import { toBase64Utf8 } from './form-plan';

/** A new volume's entry: size, type, what happens at deletion, and its key when encrypted. */
function newVolumeMapping(
  base: Pick<BlockDeviceMapping, 'source_type' | 'uuid' | 'boot_index'>,
  volume: Pick<ExtraVolumeRow, 'sizeGb' | 'volumeType' | 'deleteOnTermination' | 'encryption'>,
): BlockDeviceMapping {
  const mapping: BlockDeviceMapping = {
    ...base,
    destination_type: 'volume',
    volume_size: toNumber(volume.sizeGb),
    volume_type: volume.volumeType,
    delete_on_termination: volume.deleteOnTermination,
  };
  const key = nhnEncryptionOf(volume.volumeType, volume.encryption);
  if (key) mapping.nhn_encryption = key;
  return mapping;
}

/** The root entry of block_device_mapping_v2 (boot_index 0). */
function rootMapping(values: CreateInstanceFormValues, lookups: Lookups): BlockDeviceMapping {
  switch (values.bootSource) {
    case 'volume':
      if (!lookups.volume) throw new Error('rootMapping: no volume chosen');
      // The volume is used as it is (no size, no type) and kept when the instance is deleted.
      return {
        source_type: 'volume',
        uuid: lookups.volume.id,
        boot_index: 0,
        destination_type: 'volume',
        delete_on_termination: false,
      };
    case 'snapshot':
      if (!lookups.snapshot) throw new Error('rootMapping: no snapshot chosen');
      return newVolumeMapping(
        { source_type: 'snapshot', uuid: lookups.snapshot.id, boot_index: 0 },
        values.rootVolume,
      );
    case 'image':
      if (!lookups.image) throw new Error('rootMapping: no image chosen');
      // GPU and U2: the flavor's own disk, made from the image, of the flavor's size.
      if (hasLocalRoot(values, lookups.flavor)) {
        return {
          source_type: 'image',
          uuid: lookups.image.id,
          boot_index: 0,
          destination_type: 'local',
        };
      }
      return newVolumeMapping(
        { source_type: 'image', uuid: lookups.image.id, boot_index: 0 },
        values.rootVolume,
      );
  }
}

/** The exact body of `POST /v2/{tenantId}/servers`. Call it with values that passed validation. */
export function formToRequest(
  values: CreateInstanceFormValues,
  lookups: Lookups,
): CreateServerRequest {
  const { flavor } = lookups;
  if (!flavor || !values.subnetId || !values.keyName) {
    throw new Error('formToRequest: the form is not complete');
  }
  const root = rootMapping(values, lookups);
  const extras = values.extraVolumes.map((row, i) =>
    newVolumeMapping({ source_type: 'blank', boot_index: i + 1 }, row),
  );
  const count = countOf(values);
  const network: ServerNetworkRequest = { subnet: values.subnetId };
  const fixedIp = values.fixedIp.trim();
  if (fixedIp !== '') network.fixed_ip = fixedIp;

  const server: CreateServerRequest['server'] = {
    name: values.name.trim(),
    // Not needed (and not sent) when the root comes from a volume or a snapshot.
    ...(values.bootSource === 'image' && lookups.image ? { imageRef: lookups.image.id } : {}),
    flavorRef: flavor.id,
    networks: [network],
    key_name: values.keyName,
    block_device_mapping_v2: [root, ...extras],
  };
  const zone = zoneOf(values, lookups);
  if (zone) server.availability_zone = zone;
  // Omitted, NHN Cloud applies `default`; a chosen list is sent as it is.
  if (values.securityGroups.length > 0) {
    server.security_groups = values.securityGroups.map((name) => ({ name }));
  }
  if (values.userData !== '') server.user_data = toBase64Utf8(values.userData);
  const metadata = metadataOf(values.metadata);
  if (metadata) server.metadata = metadata;
  server.min_count = count;
  server.max_count = count;
  // Several instances: ask for the reservation id, which the list filters by.
  if (count > 1) server.return_reservation_id = true;

  const request: CreateServerRequest = { server };
  // Current guide: a placement policy is given as a scheduler hint, beside `server`.
  if (values.placementPolicyId) {
    request['os:scheduler_hints'] = { group: values.placementPolicyId };
  }
  return request;
}

/**
 * Wire types of the Compute (Instance) API v2, as the spec documents them. Responses may carry
 * fields the guide does not list; these types name what the console reads.
 */

interface Link {
  href: string;
  rel: string;
}

export interface FlavorSummary {
  id: string;
  name: string;
  links: Link[];
}

export interface Flavor extends FlavorSummary {
  ram: number;
  vcpus: number;
  /** Root block storage (GB); 0 for flavors whose root is a block storage volume. */
  disk: number;
  /** The spec types this as an integer but NHN answers `""` when there is none. */
  swap: number | '';
  'OS-FLV-DISABLED:disabled': boolean;
  'OS-FLV-EXT-DATA:ephemeral': number;
  'os-flavor-access:is_public': boolean;
  rxtx_factor: number;
  extra_specs?: Record<string, string>;
}

export interface AvailabilityZone {
  zoneName: string;
  zoneState: { available: boolean };
  hosts?: null;
}

export interface Keypair {
  name: string;
  public_key: string;
  fingerprint: string;
}

export interface KeypairDetail extends Keypair {
  user_id: string;
  deleted: boolean;
  created_at: string;
  updated_at: string | null;
  deleted_at: string | null;
  id: number;
}

export interface CreatedKeypair extends Keypair {
  user_id: string;
  /** Only when the server generated the pair; it is never returned again. */
  private_key?: string;
}

interface ServerAddress {
  'OS-EXT-IPS-MAC:mac_addr': string;
  version: number;
  addr: string;
  'OS-EXT-IPS:type': 'fixed' | 'floating';
}

export interface ServerSummary {
  id: string;
  name: string;
  links: Link[];
}

export interface Server extends ServerSummary {
  status: string;
  updated: string;
  hostId: string;
  addresses: Record<string, ServerAddress[]>;
  key_name: string | null;
  /** `""` when the root came from a volume or a snapshot (its metadata still names the image). */
  image: { id: string; links: Link[] } | '';
  'OS-EXT-STS:task_state': string | null;
  'OS-EXT-STS:vm_state': string;
  'OS-EXT-STS:power_state': number;
  'OS-SRV-USG:launched_at': string | null;
  'OS-SRV-USG:terminated_at': string | null;
  'OS-EXT-AZ:availability_zone': string;
  flavor: { id: string; links: Link[] };
  security_groups?: { name: string }[];
  user_id: string;
  created: string;
  tenant_id: string;
  /** No longer in the current guide; Nova may still send it. */
  'OS-DCF:diskConfig'?: 'MANUAL' | 'AUTO';
  'os-extended-volumes:volumes_attached': { id: string }[];
  accessIPv4: string;
  accessIPv6: string;
  progress: number;
  config_drive: string;
  metadata: Record<string, string>;
  /** Extra local block storage (GB) (current guide). */
  'NHN-EXT-ATTR:ephemeral_disk_size'?: number;
  /** Deletion protection, set in NHN Cloud's own console; read-only through the API. */
  'NHN-EXT-ATTR:protect'?: boolean;
}

/** One entry of block_device_mapping_v2 (current guide, 인스턴스 생성하기). */
export interface BlockDeviceMapping {
  source_type: 'image' | 'volume' | 'snapshot' | 'blank';
  /** Image, volume or snapshot id; none for `blank`. */
  uuid?: string;
  /** 0 for the root; 1, 2, … for the others. */
  boot_index: number;
  destination_type: 'local' | 'volume';
  /** A name from Block Storage's `GET /types`; not for `volume` and `snapshot` sources. */
  volume_type?: string;
  /** GB; not for a `volume` source. */
  volume_size?: number;
  delete_on_termination?: boolean | 0 | 1;
  device_name?: string;
  /** For encrypted volume types: the Secure Key Manager key. */
  nhn_encryption?: { skm_appkey: string; skm_key_id: string };
}

export interface ServerNetworkRequest {
  uuid?: string;
  subnet?: string;
  port?: string;
  fixed_ip?: string;
}

export interface CreateServerRequest {
  server: {
    name: string;
    /** Not needed when the root comes from a volume or a snapshot. */
    imageRef?: string;
    flavorRef: string;
    networks: ServerNetworkRequest[];
    key_name: string;
    availability_zone?: string;
    security_groups?: { name: string }[];
    user_data?: string;
    metadata?: Record<string, string>;
    /** Required for every flavor (current guide). */
    block_device_mapping_v2: BlockDeviceMapping[];
    min_count?: number;
    max_count?: number;
    return_reservation_id?: boolean;
  };
  /** A placement policy (os-server-groups) to put the new instances in. */
  'os:scheduler_hints'?: { group: string };
}

export interface CreatedServer {
  id: string;
  links: Link[];
  'OS-DCF:diskConfig'?: 'MANUAL' | 'AUTO';
  security_groups: { name: string }[];
  adminPass?: string;
}

export type CreateServerResponse = { server: CreatedServer } | { reservation_id: string };

export interface VolumeAttachment {
  id: string;
  device: string;
  serverId: string;
  volumeId: string;
}

/** Query parameters of 인스턴스 목록 보기 / 목록 상세 보기. */
export interface ServerListQuery {
  reservation_id?: string;
  'changes-since'?: string;
  image?: string;
  flavor?: string;
  /** A regular expression. */
  name?: string;
  status?: string;
  limit?: number;
  marker?: string;
}

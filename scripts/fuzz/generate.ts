/**
 * The fuzz's requests (issue 12), all from one seed: for every endpoint family a request that
 * would be valid, then one to three mutations of it — auth, method, ids in the path, region,
 * tenant, query parameters, the body, its Content-Type, headers — each drawn from ./values.ts.
 * A few requests in eight stay valid, so the refusals also happen on real, changing state.
 * Pure: the same seed, count and world give the same list (tokens and cookies are named, not
 * held: the runner puts them in when it sends).
 *
 * Large because: it is a table — a valid draft for each of the sixteen endpoint families, one
 * mutation per part of a request (path, query, body, headers), and the console's own endpoints —
 * whose entries are short and independent and read side by side: a new endpoint is one more
 * draft beside its siblings, a new kind of bad input one more mutation.
 */
import { type Body, bodySize, cloneModel, type JsonModel, Raw, Repeat, setKey } from './body';
import { Rng } from './prng';
import {
  badIdSegment,
  oddQueryValue,
  oddString,
  oddValue,
  PROTO_NAMES,
  pct,
  REGEXES,
} from './values';

/** What the generator needs to know of the emulator's seed: the demo tenant's ids in one region. */
export interface World {
  region: string;
  tenantId: string;
  otherTenantId: string;
  username: string;
  password: string;
  servers: readonly string[];
  /** Another tenant's server ids: never the demo tenant's to see. */
  otherServers: readonly string[];
  volumes: readonly string[];
  snapshots: readonly string[];
  keypairs: readonly string[];
  serverGroups: readonly string[];
  flavors: readonly string[];
  images: readonly string[];
  vpcs: readonly string[];
  subnets: readonly string[];
  ports: readonly string[];
  securityGroups: readonly string[];
  securityGroupNames: readonly string[];
  floatingIps: readonly string[];
  zones: readonly string[];
  volumeTypes: readonly string[];
  volumeTypeIds: readonly string[];
}

export const FAMILIES = [
  'identity',
  'servers-list',
  'server-detail',
  'server-create',
  'server-actions',
  'server-metadata',
  'volume-attachments',
  'flavors',
  'keypairs',
  'availability-zones',
  'server-groups',
  'images',
  'network',
  'volumes',
  'snapshots',
  'volume-types',
  'session',
  'proxy',
  'oversized',
] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Who the request is, put in by the runner: the demo tenant's token (`token`), none, a random
 * one, one expired, one revoked, the other tenant's; through the proxy the session cookie
 * (`cookie`), one whose token has expired upstream (`stale-cookie`), garbage, a valid one with a
 * character changed, a garbage cookie beside the valid one, or the valid one with a garbage
 * X-Auth-Token. `literal`: the headers already say it.
 */
const AUTH_KINDS = [
  'token',
  'none',
  'garbage',
  'expired',
  'revoked',
  'other-tenant',
  'cookie',
  'stale-cookie',
  'garbage-cookie',
  'tampered-cookie',
  'two-cookies',
  'cookie-and-garbage-token',
  'literal',
] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];

const EMULATOR_AUTH: readonly AuthKind[] = [
  'none',
  'garbage',
  'expired',
  'revoked',
  'other-tenant',
  'literal',
];
const PROXY_AUTH: readonly AuthKind[] = [
  'none',
  'token',
  'garbage',
  'stale-cookie',
  'garbage-cookie',
  'tampered-cookie',
  'two-cookies',
  'cookie-and-garbage-token',
];

/** An exact status, or any status of a class. */
export type Expectation = number | '4xx';

export interface FuzzRequest {
  index: number;
  family: Family;
  /** Straight to the emulator, or through the console's server (`/api/…`). */
  via: 'emulator' | 'proxy';
  method: string;
  /** Path and query, percent-encoded, as sent on the request line. */
  path: string;
  headers: Record<string, string>;
  auth: AuthKind;
  body?: Body;
  /** What the answer must be, besides below 500 (set only where one defect decides it). */
  expect?: Expectation;
  /** What was done to the valid request, for the report. */
  mutations: string[];
}

/** The console's own request header (src/domain/console-session.ts). */
const CONSOLE_HEADER = 'X-Requested-With';
const CONSOLE_HEADER_VALUE = 'nhn-console';
/** The methods the proxy passes on (server/proxy/forward.ts, ALLOWED_METHODS). */
const PROXY_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];
const ODD_METHODS = ['PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'PURGE'];
const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', ...ODD_METHODS];
/** More than the proxy's and the emulator's body limit of 1 MiB. */
const MIB = 1024 * 1024;
/** The sign-in body limit (server/proxy/api.ts, MAX_SIGN_IN_BYTES). */
const SIGN_IN_LIMIT = 16 * 1024;
export const FUZZ_PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIITR91qbV8NyZPONaNQ2Kd4TWdOZbkqaPtsddV4TP7gs fuzz';

type SegmentKind = 'fixed' | 'region' | 'tenant' | 'id';
interface Segment {
  text: string;
  kind: SegmentKind;
}

/** A valid request of one endpoint, before it is mutated. */
interface Draft {
  method: string;
  segments: Segment[];
  /** Encoded `name=value` pairs. */
  query: string[];
  /** The parameters the endpoint reads, with a valid value each (for query mutations). */
  params: Readonly<Record<string, readonly string[]>>;
  body?: JsonModel;
  auth: 'token' | 'none';
}

const fixed = (...texts: string[]): Segment[] => texts.map((text) => ({ text, kind: 'fixed' }));
const id = (text: string): Segment => ({ text: pct(text), kind: 'id' });
const region = (w: World): Segment => ({ text: w.region, kind: 'region' });
const tenant = (w: World): Segment => ({ text: w.tenantId, kind: 'tenant' });
const q = (name: string, value: string) => `${pct(name)}=${pct(value)}`;

const compute = (w: World, ...rest: Segment[]) => [
  ...fixed('compute'),
  region(w),
  ...fixed('v2'),
  tenant(w),
  ...rest,
];
const blockStorage = (w: World, ...rest: Segment[]) => [
  ...fixed('block-storage'),
  region(w),
  ...fixed('v2'),
  tenant(w),
  ...rest,
];
const image = (w: World, ...rest: Segment[]) => [
  ...fixed('image'),
  region(w),
  ...fixed('v2'),
  ...rest,
];
const network = (w: World, ...rest: Segment[]) => [
  ...fixed('network'),
  region(w),
  ...fixed('v2.0'),
  ...rest,
];

function draft(
  method: string,
  segments: Segment[],
  more: Partial<Pick<Draft, 'params' | 'body' | 'auth' | 'query'>> = {},
): Draft {
  return {
    method,
    segments,
    query: more.query ?? [],
    params: more.params ?? {},
    body: more.body,
    auth: more.auth ?? 'token',
  };
}

/** The valid values of a parameter (own keys only: a name may be `constructor`). */
function validValues(params: Readonly<Record<string, readonly string[]>>, name: string) {
  const values = Object.hasOwn(params, name) ? params[name] : undefined;
  return values && values.length > 0 ? values : ['1'];
}

/** A few of the endpoint's parameters, with valid values. */
function someParams(rng: Rng, params: Readonly<Record<string, readonly string[]>>): string[] {
  const names = Object.keys(params);
  const out: string[] = [];
  for (const name of names) {
    if (rng.chance(0.3)) out.push(q(name, rng.pick(validValues(params, name))));
  }
  return out;
}

const LIST_LIMITS = ['1', '2', '10', '50', '100', '1000'];

// ── the endpoint families: a valid request of each ────────────────────────────────────────────

function identityDraft(rng: Rng, w: World): Draft {
  const body = {
    auth: {
      tenantId: w.tenantId,
      passwordCredentials: { username: w.username, password: w.password },
    },
  };
  switch (rng.weighted({ signIn: 6, revoke: 2, versions: 2 })) {
    case 'signIn':
      return draft('POST', fixed('identity', 'v2.0', 'tokens'), { body, auth: 'none' });
    case 'revoke':
      return draft('DELETE', [...fixed('identity', 'v2.0', 'tokens'), id(rng.hex(32))]);
    default:
      return draft(
        'GET',
        rng.pick([fixed('identity'), fixed('identity', ''), fixed('identity', 'v2.0')]),
        { auth: 'none' },
      );
  }
}

function serversListDraft(rng: Rng, w: World): Draft {
  const params = {
    limit: LIST_LIMITS,
    marker: w.servers,
    'changes-since': ['2020-01-01T00:00:00Z', '2024-06-01T12:00:00'],
    name: ['web', '^web-0[12]$', 'DB', 'load-1'],
    status: ['ACTIVE', 'SHUTOFF', 'error'],
    image: w.images,
    flavor: w.flavors,
    reservation_id: ['r-abc'],
    sort_key: ['name', 'created_at'],
    sort_dir: ['asc', 'desc'],
    all_tenants: ['1'],
    ip: ['192.168.0.1'],
  };
  return draft('GET', compute(w, ...fixed(rng.pick(['servers', 'servers/detail']))), {
    params,
    query: someParams(rng, params),
  });
}

function serverDetailDraft(rng: Rng, w: World): Draft {
  const server = id(rng.pick(w.servers));
  switch (rng.weighted({ get: 5, rename: 4, delete: 1 })) {
    case 'get':
      return draft('GET', compute(w, ...fixed('servers'), server));
    case 'rename':
      return draft('PUT', compute(w, ...fixed('servers'), server), {
        body: { server: { name: `renamed-${rng.hex(4)}` } },
      });
    default:
      return draft('DELETE', compute(w, ...fixed('servers'), server));
  }
}

function serverCreateDraft(rng: Rng, w: World): Draft {
  const imageId = rng.pick(w.images);
  const body: JsonModel = {
    server: {
      name: `fuzz-${rng.hex(6)}`,
      imageRef: imageId,
      flavorRef: rng.pick(w.flavors),
      networks: [{ uuid: rng.pick(w.vpcs) }],
      key_name: rng.pick(w.keypairs),
      availability_zone: rng.pick(w.zones),
      security_groups: [{ name: rng.pick(w.securityGroupNames) }],
      block_device_mapping_v2: [
        {
          uuid: imageId,
          source_type: 'image',
          destination_type: 'volume',
          boot_index: 0,
          volume_size: 50,
          volume_type: rng.pick(w.volumeTypes),
          delete_on_termination: true,
        },
      ],
      metadata: { purpose: 'fuzz' },
      min_count: 1,
      max_count: rng.pick([1, 2]),
    },
  };
  return draft('POST', compute(w, ...fixed('servers')), { body });
}

function serverActionsDraft(rng: Rng, w: World): Draft {
  const actions: JsonModel[] = [
    { 'os-stop': null },
    { 'os-start': null },
    { reboot: { type: rng.pick(['SOFT', 'HARD']) } },
    { resize: { flavorRef: rng.pick(w.flavors) } },
    { createImage: { name: `img-${rng.hex(4)}`, metadata: { k: 'v' } } },
    { addSecurityGroup: { name: rng.pick(w.securityGroupNames) } },
    { removeSecurityGroup: { name: rng.pick(w.securityGroupNames) } },
    { shelve: null },
    { unshelve: null },
    { 'os-getConsoleOutput': { length: 50 } },
  ];
  return draft(
    'POST',
    compute(w, ...fixed('servers'), id(rng.pick(w.servers)), ...fixed('action')),
    {
      body: rng.pick(actions),
    },
  );
}

function serverMetadataDraft(rng: Rng, w: World): Draft {
  const server = id(rng.pick(w.servers));
  const key = rng.pick(['purpose', 'role', 'owner', `k${rng.hex(3)}`]);
  const value = `v-${rng.hex(4)}`;
  switch (rng.weighted({ list: 2, show: 2, setOne: 3, deleteOne: 1, replace: 1, merge: 2 })) {
    case 'list':
      return draft('GET', compute(w, ...fixed('servers'), server, ...fixed('metadata')));
    case 'show':
      return draft('GET', compute(w, ...fixed('servers'), server, ...fixed('metadata'), id(key)));
    case 'setOne':
      return draft('PUT', compute(w, ...fixed('servers'), server, ...fixed('metadata'), id(key)), {
        body: { meta: { [key]: value } },
      });
    case 'deleteOne':
      return draft(
        'DELETE',
        compute(w, ...fixed('servers'), server, ...fixed('metadata'), id(key)),
      );
    case 'replace':
      return draft('PUT', compute(w, ...fixed('servers'), server, ...fixed('metadata')), {
        body: { metadata: { [key]: value, purpose: 'fuzz' } },
      });
    default:
      return draft('POST', compute(w, ...fixed('servers'), server, ...fixed('metadata')), {
        body: { metadata: { [key]: value } },
      });
  }
}

function volumeAttachmentsDraft(rng: Rng, w: World): Draft {
  const server = id(rng.pick(w.servers));
  const volume = rng.pick(w.volumes);
  const path = [...fixed('servers'), server, ...fixed('os-volume_attachments')];
  switch (rng.weighted({ list: 3, show: 2, attach: 3, detach: 1 })) {
    case 'list': {
      const params = { limit: LIST_LIMITS, offset: ['0', '1', '5'] };
      return draft('GET', compute(w, ...path), { params, query: someParams(rng, params) });
    }
    case 'show':
      return draft('GET', compute(w, ...path, id(volume)));
    case 'attach':
      return draft('POST', compute(w, ...path), {
        body: { volumeAttachment: { volumeId: volume, device: null } },
      });
    default:
      return draft('DELETE', compute(w, ...path, id(volume)));
  }
}

function flavorsDraft(rng: Rng, w: World): Draft {
  const params = {
    minRam: ['0', '1024', '8192'],
    minDisk: ['0', '20'],
    is_public: ['true', 'None'],
    limit: LIST_LIMITS,
    marker: w.flavors,
    sort_key: ['name', 'memory_mb'],
  };
  switch (rng.weighted({ list: 4, show: 2, extraSpecs: 1 })) {
    case 'list':
      return draft('GET', compute(w, ...fixed(rng.pick(['flavors', 'flavors/detail']))), {
        params,
        query: someParams(rng, params),
      });
    case 'show':
      return draft('GET', compute(w, ...fixed('flavors'), id(rng.pick(w.flavors))));
    default:
      return draft(
        'GET',
        compute(w, ...fixed('flavors'), id(rng.pick(w.flavors)), ...fixed('os-extra_specs')),
      );
  }
}

function keypairsDraft(rng: Rng, w: World): Draft {
  switch (rng.weighted({ list: 2, show: 2, create: 4, delete: 1 })) {
    case 'list':
      return draft('GET', compute(w, ...fixed('os-keypairs')));
    case 'show':
      return draft('GET', compute(w, ...fixed('os-keypairs'), id(rng.pick(w.keypairs))));
    case 'create':
      return draft('POST', compute(w, ...fixed('os-keypairs')), {
        body: {
          keypair: { name: `fuzz-key-${rng.hex(6)}`, public_key: FUZZ_PUBLIC_KEY, type: 'ssh' },
        },
      });
    default:
      return draft('DELETE', compute(w, ...fixed('os-keypairs'), id(`fuzz-key-${rng.hex(6)}`)));
  }
}

function availabilityZonesDraft(rng: Rng, w: World): Draft {
  return draft(
    'GET',
    compute(w, ...fixed(rng.pick(['os-availability-zone', 'os-availability-zone/detail']))),
  );
}

function serverGroupsDraft(rng: Rng, w: World): Draft {
  switch (rng.weighted({ list: 2, show: 2, create: 3, delete: 1 })) {
    case 'list': {
      const params = { limit: LIST_LIMITS, offset: ['0', '1'], all_projects: ['true'] };
      return draft('GET', compute(w, ...fixed('os-server-groups')), {
        params,
        query: someParams(rng, params),
      });
    }
    case 'show':
      return draft('GET', compute(w, ...fixed('os-server-groups'), id(rng.pick(w.serverGroups))));
    case 'create':
      return draft('POST', compute(w, ...fixed('os-server-groups')), {
        body: { server_group: { name: `fuzz-group-${rng.hex(4)}`, policies: ['anti-affinity'] } },
      });
    default:
      return draft(
        'DELETE',
        compute(w, ...fixed('os-server-groups'), id(rng.pick(w.serverGroups))),
      );
  }
}

function imagesDraft(rng: Rng, w: World): Draft {
  const params = {
    limit: LIST_LIMITS,
    marker: w.images,
    sort_key: ['name', 'created_at', 'size', 'min_ram'],
    sort_dir: ['asc', 'desc'],
    sort: ['name:asc', 'created_at:desc,name'],
    visibility: ['public', 'private', 'all'],
    status: ['active', 'queued'],
    member_status: ['accepted', 'all'],
    name: ['Ubuntu Server 22.04 LTS', 'CentOS'],
    owner: [w.tenantId],
    id: [rng.pick(w.images), `in:${w.images.slice(0, 2).join(',')}`],
    size_min: ['0', '1073741824'],
    size_max: ['1099511627776'],
  };
  switch (rng.weighted({ list: 5, show: 2, other: 1 })) {
    case 'list':
      return draft('GET', image(w, ...fixed('images')), { params, query: someParams(rng, params) });
    case 'show':
      return draft('GET', image(w, ...fixed('images'), id(rng.pick(w.images))));
    default:
      return draft(
        'GET',
        rng.pick([
          image(w, ...fixed('schemas', 'image')),
          [...fixed('image'), region(w)],
          [...fixed('image'), region(w), ...fixed('versions')],
        ]),
      );
  }
}

function networkDraft(rng: Rng, w: World): Draft {
  const kinds: Record<string, readonly string[]> = {
    vpcs: w.vpcs,
    vpcsubnets: w.subnets,
    networks: w.vpcs,
    subnets: w.subnets,
    'security-groups': w.securityGroups,
    ports: w.ports,
    floatingips: w.floatingIps,
  };
  const kind = rng.pick(Object.keys(kinds));
  const ids = kinds[kind] ?? [];
  const params = {
    id: ids,
    name: ['default', 'Default Network', 'web'],
    device_id: w.servers,
    network_id: w.vpcs,
    'router:external': ['true', 'false'],
    shared: ['false'],
    status: ['ACTIVE', 'DOWN'],
    fields: ['id', 'name'],
    limit: LIST_LIMITS,
    marker: ids,
    sort_key: ['name'],
  };
  if (ids.length > 0 && rng.chance(0.4)) {
    return draft('GET', network(w, ...fixed(kind), id(rng.pick(ids))));
  }
  return draft('GET', network(w, ...fixed(kind)), { params, query: someParams(rng, params) });
}

function volumesDraft(rng: Rng, w: World): Draft {
  const volume = id(rng.pick(w.volumes));
  const params = {
    limit: LIST_LIMITS,
    marker: w.volumes,
    offset: ['0', '2'],
    sort: ['name:asc', 'created_at:desc', 'size', 'status:asc,name:desc'],
    name: ['backup-vol', 'db-data'],
    status: ['available', 'in-use'],
    all_tenants: ['1'],
  };
  switch (rng.weighted({ list: 4, show: 2, create: 3, rename: 2, delete: 1 })) {
    case 'list':
      return draft('GET', blockStorage(w, ...fixed(rng.pick(['volumes', 'volumes/detail']))), {
        params,
        query: someParams(rng, params),
      });
    case 'show':
      return draft('GET', blockStorage(w, ...fixed('volumes'), volume));
    case 'create':
      return draft('POST', blockStorage(w, ...fixed('volumes')), {
        body: {
          volume: {
            size: rng.pick([10, 20, 100]),
            name: `fuzz-vol-${rng.hex(4)}`,
            description: 'made by the fuzz',
            volume_type: rng.pick(w.volumeTypes),
            availability_zone: rng.pick(w.zones),
            metadata: { purpose: 'fuzz' },
          },
        },
      });
    case 'rename':
      return draft('PUT', blockStorage(w, ...fixed('volumes'), volume), {
        body: { volume: { name: `renamed-${rng.hex(4)}`, description: null } },
      });
    default:
      return draft('DELETE', blockStorage(w, ...fixed('volumes'), volume));
  }
}

function snapshotsDraft(rng: Rng, w: World): Draft {
  const params = { limit: LIST_LIMITS, marker: w.snapshots, offset: ['0', '1'] };
  switch (rng.weighted({ list: 3, show: 2, create: 3, delete: 1 })) {
    case 'list':
      return draft('GET', blockStorage(w, ...fixed(rng.pick(['snapshots', 'snapshots/detail']))), {
        params,
        query: someParams(rng, params),
      });
    case 'show':
      return draft('GET', blockStorage(w, ...fixed('snapshots'), id(rng.pick(w.snapshots))));
    case 'create':
      return draft('POST', blockStorage(w, ...fixed('snapshots')), {
        body: {
          snapshot: {
            volume_id: rng.pick(w.volumes),
            name: `fuzz-snap-${rng.hex(4)}`,
            description: null,
            force: rng.pick([false, true]),
          },
        },
      });
    default:
      return draft('DELETE', blockStorage(w, ...fixed('snapshots'), id(rng.pick(w.snapshots))));
  }
}

function volumeTypesDraft(rng: Rng, w: World): Draft {
  return rng.chance(0.5)
    ? draft('GET', blockStorage(w, ...fixed('types')))
    : draft('GET', blockStorage(w, ...fixed('types'), id(rng.pick(w.volumeTypeIds))));
}

const DRAFTS: Record<Exclude<Family, 'session' | 'proxy' | 'oversized'>, typeof identityDraft> = {
  identity: identityDraft,
  'servers-list': serversListDraft,
  'server-detail': serverDetailDraft,
  'server-create': serverCreateDraft,
  'server-actions': serverActionsDraft,
  'server-metadata': serverMetadataDraft,
  'volume-attachments': volumeAttachmentsDraft,
  flavors: flavorsDraft,
  keypairs: keypairsDraft,
  'availability-zones': availabilityZonesDraft,
  'server-groups': serverGroupsDraft,
  images: imagesDraft,
  network: networkDraft,
  volumes: volumesDraft,
  snapshots: snapshotsDraft,
  'volume-types': volumeTypesDraft,
};

// ── mutations ─────────────────────────────────────────────────────────────────────────────────

/** Every place in a JSON value: its path of keys, and the value there. */
function placesOf(value: JsonModel, path: string[] = []): { path: string[]; value: JsonModel }[] {
  const out = [{ path, value }];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push(...placesOf(item, [...path, String(i)]));
    });
  } else if (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Raw) &&
    !(value instanceof Repeat)
  ) {
    for (const key of Object.keys(value))
      out.push(...placesOf(value[key] as JsonModel, [...path, key]));
  }
  return out;
}

type Container = JsonModel[] | { [key: string]: JsonModel };
const isContainer = (value: JsonModel): value is Container =>
  value !== null &&
  typeof value === 'object' &&
  !(value instanceof Raw) &&
  !(value instanceof Repeat);

function at(root: JsonModel, path: readonly string[]): JsonModel | undefined {
  let value: JsonModel | undefined = root;
  for (const key of path) {
    if (value === undefined || !isContainer(value)) return undefined;
    value = Array.isArray(value) ? value[Number(key)] : value[key];
  }
  return value;
}

function put(container: Container, key: string, value: JsonModel): void {
  if (Array.isArray(container)) container[Number(key)] = value;
  else setKey(container, key, value);
}

/** One change inside a JSON body; the new body and what was done. */
function mutateJson(rng: Rng, body: JsonModel): { body: JsonModel; what: string } {
  const root = cloneModel(body);
  const places = placesOf(root);
  const place = rng.pick(places);
  const where = place.path.join('.') || '(body)';
  const parent = place.path.length > 0 ? at(root, place.path.slice(0, -1)) : undefined;
  const key = place.path.at(-1);
  const op = rng.weighted({
    type: 5,
    remove: 2,
    extra: 2,
    proto: 2,
    string: 3,
    number: 2,
    wrap: 1,
  });
  const replace = (value: JsonModel) => {
    if (parent !== undefined && key !== undefined && isContainer(parent)) put(parent, key, value);
    else return value;
    return root;
  };
  switch (op) {
    case 'type': {
      const value = oddValue(rng);
      return { body: replace(value), what: `${where} := odd value` };
    }
    case 'remove':
      if (parent !== undefined && key !== undefined && isContainer(parent)) {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        return { body: root, what: `${where} removed` };
      }
      return { body: {}, what: 'body := {}' };
    case 'extra': {
      const target = isContainer(place.value) && !Array.isArray(place.value) ? place.value : null;
      const name = rng.pick([
        'extra',
        'id',
        'tenant_id',
        'status',
        'admin',
        '',
        '💥',
        'a'.repeat(300),
      ]);
      if (target) {
        setKey(target, name, oddValue(rng));
        return { body: root, what: `${where}.${name.slice(0, 20)} added` };
      }
      return { body: replace({ [name]: place.value }), what: `${where} wrapped` };
    }
    case 'proto': {
      const target = isContainer(place.value) && !Array.isArray(place.value) ? place.value : null;
      const name = rng.pick(PROTO_NAMES);
      const value = rng.pick<JsonModel>([{ polluted: true }, null, 'x', 1, { admin: true }]);
      if (target) {
        setKey(target, name, value);
        return { body: root, what: `${where}.${name} added` };
      }
      const object: { [key: string]: JsonModel } = {};
      setKey(object, name, value);
      return { body: replace(object), what: `${where} := {${name}}` };
    }
    case 'string':
      return { body: replace(oddString(rng)), what: `${where} := odd string` };
    case 'number':
      return {
        body: replace(
          rng.pick<JsonModel>([-1, 0, new Raw('1e400'), new Raw('-0'), 2 ** 53 + 2, 1.5]),
        ),
        what: `${where} := odd number`,
      };
    default:
      return { body: replace([place.value]), what: `${where} := [it]` };
  }
}

/** A body that is not the JSON object asked for at all. */
function brokenBody(rng: Rng, valid: JsonModel): { body: Body; what: string } {
  const text = (t: string): Body => ({ kind: 'text', text: t });
  const json = JSON.stringify(valid);
  switch (rng.int(0, 17)) {
    case 0:
      return { body: text(''), what: 'empty body' };
    case 1:
      return { body: text('not json'), what: 'not JSON' };
    case 2:
      return { body: text(json.slice(0, Math.max(1, json.length >> 1))), what: 'cut short' };
    case 3:
      return {
        body: text(rng.pick(['null', '[]', '"text"', '42', 'true', '{}', '[{}]'])),
        what: 'not an object',
      };
    case 4:
      return { body: text(`\ufeff${json}`), what: 'byte order mark' };
    case 5:
      return { body: text(`${json.slice(0, -1)},}`), what: 'trailing comma' };
    case 6:
      return { body: text(`/* c */ ${json}`), what: 'comment' };
    case 7:
      return { body: text(json.replace(/^\{/, '{"a":1,"a":2,')), what: 'duplicate keys' };
    case 8:
      return { body: text(`${json}${json}`), what: 'two values' };
    case 9:
      return { body: text(`{"x": NaN, "y": Infinity, "z": undefined}`), what: 'JS literals' };
    case 10:
      return {
        body: {
          kind: 'bytes',
          hex: 'ff fe 7b 00 22 00 c3 28 a0 a1 e2 28 a1 f0 90 28 bc'.replaceAll(' ', ''),
        },
        what: 'invalid UTF-8',
      };
    case 11:
      return { body: text(`{"a":"nul\u0000raw","b":"\u0007"}`), what: 'raw control characters' };
    case 12: {
      const depth = rng.pick([1000, 10_000, 100_000, 400_000]);
      return {
        body: {
          kind: 'repeat',
          prefix: '',
          unit: '[',
          times: depth,
          suffix: ']'.repeat(Math.min(depth, 10)),
          chunked: false,
        },
        what: `unclosed nesting ×${depth}`,
      };
    }
    case 13: {
      const depth = rng.pick([1000, 10_000, 100_000, 250_000]);
      return {
        body: {
          kind: 'repeat',
          prefix: '',
          unit: '[',
          times: depth,
          suffix: ']'.repeat(depth),
          chunked: false,
        },
        what: `nested arrays ×${depth}`,
      };
    }
    case 14: {
      const depth = rng.pick([1000, 10_000, 50_000]);
      return {
        body: {
          kind: 'repeat',
          prefix: '',
          unit: '{"a":',
          times: depth,
          suffix: `1${'}'.repeat(depth)}`,
          chunked: false,
        },
        what: `nested objects ×${depth}`,
      };
    }
    case 15:
      return { body: text(' '.repeat(rng.pick([10, 65_536]))), what: 'only whitespace' };
    case 16:
      return {
        body: { kind: 'bytes', hex: Buffer.from(json, 'utf16le').toString('hex') },
        what: 'UTF-16',
      };
    default:
      return { body: text(`__proto__=1&name=x`), what: 'form-encoded' };
  }
}

const CONTENT_TYPES = [
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/xml',
  'application/json, text/html',
  '*/*',
  `application/json; charset=${'x'.repeat(300)}`,
];

interface Built {
  method: string;
  segments: Segment[];
  query: string[];
  body?: Body;
  contentType: string | null;
  auth: AuthKind;
  headers: Record<string, string>;
  mutations: string[];
}

function mutateQuery(rng: Rng, built: Built, params: Readonly<Record<string, readonly string[]>>) {
  const names = Object.keys(params);
  const name =
    names.length > 0 && rng.chance(0.8) ? rng.pick(names) : rng.pick(['foo', ...PROTO_NAMES]);
  switch (rng.weighted({ odd: 6, regex: 2, repeated: 1, raw: 2, many: 1 })) {
    case 'odd':
      built.query.push(q(name, oddQueryValue(rng)));
      built.mutations.push(`?${name}=odd`);
      return;
    case 'regex':
      built.query.push(q(rng.pick(['name', name]), rng.pick(REGEXES)));
      built.mutations.push(`?${name} regex`);
      return;
    case 'repeated':
      built.query.push(q(name, rng.pick(validValues(params, name))), q(name, oddQueryValue(rng)));
      built.mutations.push(`?${name} twice`);
      return;
    case 'raw': {
      const raw = rng.pick([
        `${name}=%ZZ`,
        `${name}=%`,
        `${name}=%00`,
        `${name}=%ED%A0%80`,
        `${name}`,
        `=${name}`,
        '&&&',
        `${name}[]=1`,
        `${name}[a][b]=1`,
        `${name}=a=b`,
        '%00=1',
        `${name}=${'%FF'.repeat(50)}`,
      ]);
      built.query.push(raw);
      built.mutations.push(`?${raw.slice(0, 30)}`);
      return;
    }
    default: {
      const count = rng.pick([100, 1000]);
      for (let i = 0; i < count; i++) built.query.push(q(`p${i}`, '1'));
      built.mutations.push(`${count} query params`);
    }
  }
}

function mutateHeaders(rng: Rng, built: Built) {
  switch (rng.int(0, 9)) {
    case 0:
      delete built.headers[CONSOLE_HEADER];
      built.mutations.push(`no ${CONSOLE_HEADER}`);
      return;
    case 1:
      built.headers[CONSOLE_HEADER] = rng.pick([
        'XMLHttpRequest',
        '',
        'NHN-CONSOLE',
        'nhn-console, x',
      ]);
      built.mutations.push(`${CONSOLE_HEADER} wrong`);
      return;
    case 2:
      built.headers.Origin = rng.pick([
        'http://evil.example',
        'null',
        'https://127.0.0.1.evil.example',
        'file://',
      ]);
      built.mutations.push('foreign Origin');
      return;
    case 3:
      built.headers.Host = rng.pick(['evil.example', 'localhost.evil.example:80', '[::2]']);
      built.mutations.push('foreign Host');
      return;
    case 4:
      built.headers.Accept = rng.pick([
        'application/xml',
        'text/html',
        '*/*;q=0',
        'x'.repeat(2000),
      ]);
      built.mutations.push('odd Accept');
      return;
    case 5:
      built.headers['Accept-Encoding'] = rng.pick([
        'br;q=2, gzip;q=NaN',
        'identity;q=0',
        '*',
        'x, '.repeat(500),
      ]);
      built.mutations.push('odd Accept-Encoding');
      return;
    case 6:
      built.headers.Connection = rng.pick([
        'x-auth-token',
        'close, content-type',
        'keep-alive, accept',
      ]);
      built.mutations.push('Connection names headers');
      return;
    case 7:
      built.headers['X-Forwarded-For'] = '1.2.3.4';
      built.headers.Forwarded = 'for=1.2.3.4;host=evil.example';
      built.mutations.push('forwarding headers');
      return;
    case 8:
      built.headers['Accept-Language'] = rng.pick(['ko;q=abc', '*', 'x-'.repeat(3000)]);
      built.mutations.push('odd Accept-Language');
      return;
    default:
      built.headers['X-Filler'] = 'f'.repeat(rng.pick([1000, 20_000]));
      built.mutations.push(`${built.headers['X-Filler'].length}-byte header`);
  }
}

/** The request line's path: the segments, `/api` before them through the proxy, the query. */
function pathOf(segments: readonly Segment[], query: readonly string[], via: 'emulator' | 'proxy') {
  const path = `/${segments.map((s) => s.text).join('/')}`;
  return `${via === 'proxy' ? '/api' : ''}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

function finish(
  index: number,
  family: Family,
  via: 'emulator' | 'proxy',
  built: Built,
  expect?: Expectation,
): FuzzRequest {
  const headers = { ...built.headers };
  if (built.body && built.contentType !== null) headers['Content-Type'] = built.contentType;
  // HEAD and TRACE carry no body.
  const body = built.method === 'HEAD' || built.method === 'TRACE' ? undefined : built.body;
  return {
    index,
    family,
    via,
    method: built.method,
    path: pathOf(built.segments, built.query, via),
    headers,
    auth: built.auth,
    ...(body ? { body } : {}),
    ...(expect !== undefined ? { expect } : {}),
    mutations: built.mutations,
  };
}

/** A request of an API family: a valid draft and 0–3 mutations of it. */
function apiRequest(rng: Rng, w: World, index: number, family: keyof typeof DRAFTS): FuzzRequest {
  const d = DRAFTS[family](rng, w);
  const via = rng.chance(0.5) ? 'proxy' : 'emulator';
  const built: Built = {
    method: d.method,
    segments: d.segments.map((s) => ({ ...s })),
    query: [...d.query],
    body: d.body === undefined ? undefined : { kind: 'json', value: cloneModel(d.body) },
    contentType: 'application/json',
    auth: via === 'proxy' ? 'cookie' : d.auth,
    headers: via === 'proxy' ? { [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE } : {},
    mutations: [],
  };
  // An identity request through the proxy does without the session, as the console's does.
  if (via === 'proxy' && family === 'identity' && d.auth === 'none') built.auth = 'none';
  if (rng.chance(0.12)) {
    built.mutations.push('valid');
    return finish(index, family, via, built);
  }
  const ids = built.segments.filter((s) => s.kind === 'id');
  const weights = {
    auth: 2,
    method: 1.5,
    region: built.segments.some((s) => s.kind === 'region') ? 0.6 : 0,
    tenant: built.segments.some((s) => s.kind === 'tenant') ? 0.6 : 0,
    id: ids.length > 0 ? 3 : 0,
    query: Object.keys(d.params).length > 0 ? 5 : 0.5,
    body: d.body !== undefined ? 7 : 0,
    contentType: d.body !== undefined ? 0.8 : 0,
    header: 0.8,
  };
  const count = rng.weighted({ one: 5, two: 3, three: 1 });
  const n = count === 'one' ? 1 : count === 'two' ? 2 : 3;
  const kinds = new Set<string>();
  for (let i = 0; i < n; i++) kinds.add(rng.weighted(weights));
  for (const kind of kinds) {
    switch (kind) {
      case 'auth': {
        built.auth = rng.pick(via === 'proxy' ? PROXY_AUTH : EMULATOR_AUTH);
        if (built.auth === 'literal') {
          const token = rng.pick<string>([
            ...PROTO_NAMES,
            '',
            ' ',
            'x'.repeat(rng.pick([300, 9000])),
            'Bearer abc',
            '%00',
          ]);
          if (token !== '') built.headers['X-Auth-Token'] = token;
        }
        built.mutations.push(`auth ${built.auth}`);
        break;
      }
      case 'method': {
        const choices = ALL_METHODS.filter((m) => m !== built.method);
        built.method = rng.pick(choices);
        built.mutations.push(`method ${built.method}`);
        break;
      }
      case 'region': {
        const segment = built.segments.find((s) => s.kind === 'region');
        if (segment) {
          segment.text = rng.pick([
            'kr9',
            'KR1',
            'kr2',
            'jp1',
            '',
            ...PROTO_NAMES,
            '%2e%2e',
            'kr1%00',
            pct('한국'),
          ]);
          built.mutations.push(`region ${segment.text.slice(0, 20)}`);
        }
        break;
      }
      case 'tenant': {
        const segment = built.segments.find((s) => s.kind === 'tenant');
        if (segment) {
          segment.text = rng.pick([
            w.otherTenantId,
            w.tenantId.toUpperCase(),
            rng.hex(32),
            badIdSegment(rng),
          ]);
          built.mutations.push(`tenant ${segment.text.slice(0, 20)}`);
        }
        break;
      }
      case 'id': {
        const segment = rng.pick(ids);
        segment.text =
          rng.chance(0.15) && w.otherServers.length > 0
            ? rng.pick(w.otherServers)
            : badIdSegment(rng);
        built.mutations.push(`id ${segment.text.slice(0, 24)}`);
        break;
      }
      case 'query':
        mutateQuery(rng, built, d.params);
        break;
      case 'body': {
        const current = built.body;
        if (current?.kind === 'json' && rng.chance(0.75)) {
          const changed = mutateJson(rng, current.value);
          built.body = { kind: 'json', value: changed.body };
          built.mutations.push(changed.what);
        } else {
          const broken = brokenBody(rng, d.body ?? {});
          built.body = broken.body;
          built.mutations.push(broken.what);
        }
        break;
      }
      case 'contentType':
        built.contentType = rng.pick(CONTENT_TYPES);
        built.mutations.push(`Content-Type ${built.contentType ?? 'none'}`);
        break;
      default:
        mutateHeaders(rng, built);
    }
  }
  // One defect the proxy answers itself, before anything else looks at the request.
  let expect: Expectation | undefined;
  if (
    via === 'proxy' &&
    kinds.size === 1 &&
    kinds.has('method') &&
    !PROXY_METHODS.includes(built.method)
  )
    expect = 405;
  return finish(index, family, via, built, expect);
}

// ── the console's own endpoints ──────────────────────────────────────────────────────────────

function sessionRequest(rng: Rng, w: World, index: number): FuzzRequest {
  const valid: JsonModel = { tenantId: w.tenantId, username: w.username, password: w.password };
  const built: Built = {
    method: 'POST',
    segments: fixed('session'),
    query: [],
    body: { kind: 'json', value: cloneModel(valid) },
    contentType: 'application/json',
    auth: 'none',
    headers: { [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE },
    mutations: [],
  };
  let expect: Expectation | undefined;
  switch (
    rng.weighted({
      body: 6,
      broken: 2,
      noHeader: 1,
      origin: 1,
      oversized: 1,
      method: 1.5,
      signOut: 1,
      contentType: 0.5,
    })
  ) {
    case 'body': {
      let value: JsonModel = valid;
      for (let i = rng.int(1, 2); i > 0; i--) {
        const changed = mutateJson(rng, value);
        value = changed.body;
        built.mutations.push(changed.what);
      }
      built.body = { kind: 'json', value };
      break;
    }
    case 'broken': {
      const broken = brokenBody(rng, valid);
      built.body = broken.body;
      built.mutations.push(broken.what);
      // Past the sign-in's own limit of 16 KiB a 413, else a 400 (never JSON with the three
      // fields). Duplicate keys leave a valid sign-in.
      expect = bodySize(broken.body) > SIGN_IN_LIMIT ? 413 : '4xx';
      if (broken.what === 'duplicate keys') expect = undefined;
      break;
    }
    case 'noHeader':
      delete built.headers[CONSOLE_HEADER];
      if (rng.chance(0.5)) built.headers[CONSOLE_HEADER] = 'XMLHttpRequest';
      built.mutations.push(`no ${CONSOLE_HEADER}`);
      expect = 403;
      break;
    case 'origin':
      built.headers.Origin = rng.pick([
        'http://evil.example',
        'null',
        'http://localhost.evil.example',
      ]);
      built.mutations.push('foreign Origin');
      expect = 403;
      break;
    case 'oversized': {
      const times = rng.int(SIGN_IN_LIMIT, 4 * SIGN_IN_LIMIT);
      const chunked = rng.chance(0.5);
      built.body = {
        kind: 'repeat',
        prefix: `{"tenantId":"${w.tenantId}","username":"`,
        unit: 'A',
        times,
        suffix: '","password":"x"}',
        chunked,
      };
      built.mutations.push(`oversized sign-in${chunked ? ', chunked' : ''}`);
      expect = 413;
      break;
    }
    case 'method':
      built.method = rng.pick(['GET', 'HEAD', 'PUT', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']);
      built.mutations.push(`method ${built.method}`);
      expect = 405;
      break;
    case 'signOut':
      // Never with the live session: that would end the run's own session upstream.
      built.method = 'DELETE';
      built.body = undefined;
      built.auth = rng.pick<AuthKind>([
        'none',
        'garbage-cookie',
        'stale-cookie',
        'tampered-cookie',
      ]);
      if (rng.chance(0.3)) {
        delete built.headers[CONSOLE_HEADER];
        expect = 403;
      } else {
        expect = 204;
      }
      built.mutations.push(
        `sign out, ${built.auth}${expect === 403 ? `, no ${CONSOLE_HEADER}` : ''}`,
      );
      break;
    default:
      built.contentType = rng.pick(CONTENT_TYPES);
      built.mutations.push(`Content-Type ${built.contentType ?? 'none'}`);
  }
  return finish(index, 'session', 'proxy', built, expect);
}

function proxyRequest(rng: Rng, w: World, index: number): FuzzRequest {
  const built: Built = {
    method: 'GET',
    segments: compute(w, ...fixed('servers')),
    query: [],
    contentType: null,
    auth: 'cookie',
    headers: { [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE },
    mutations: [],
  };
  const raw = (method: string, path: string, what: string, expect?: Expectation): FuzzRequest => ({
    index,
    family: 'proxy',
    via: 'proxy',
    method,
    path,
    headers: { ...built.headers },
    auth: built.auth,
    ...(expect !== undefined ? { expect } : {}),
    mutations: [what],
  });
  switch (
    rng.weighted({
      noUpstream: 3,
      traversal: 3,
      method: 2,
      origin: 2,
      host: 1,
      cookie: 2,
      statics: 2,
      earlyRefusal: 2,
    })
  ) {
    case 'earlyRefusal': {
      // A large body (under the limit) that the upstream refuses before reading it: another
      // tenant's path, so the emulator answers 403 from its token check. The proxy must answer
      // that 403, and the requests after it must not suffer for the connection it leaves.
      const size = rng.int(128 * 1024, 900 * 1024);
      const otherTenant = { ...w, tenantId: w.otherTenantId };
      const path = pathOf(
        compute(otherTenant, ...fixed('servers'), id(rng.pick(w.servers))),
        [],
        'proxy',
      );
      return {
        index,
        family: 'proxy',
        via: 'proxy',
        method: 'PUT',
        path,
        headers: { ...built.headers, 'Content-Type': 'application/json' },
        auth: 'cookie',
        body: {
          kind: 'repeat',
          prefix: '{"server":{"name":"',
          unit: 'x',
          times: size,
          suffix: '"}}',
          chunked: rng.chance(0.3),
        },
        expect: 403,
        mutations: [
          `${Math.round(size / 1024)} KiB body to another tenant (refused before it is read)`,
        ],
      };
    }
    case 'noUpstream': {
      const path = rng.pick([
        '/api',
        '/api/',
        '/api/foo',
        '/api/_emulator/reset',
        '/api/_emulator/state',
        '/api/compute',
        '/api/compute/kr9/v2',
        '/api/compute/kr1x/v2',
        '/api/computex/kr1',
        '/api/identityx/v2.0/tokens',
        '/api/compute/__proto__/v2',
        '/api/constructor',
        '/api/session/x',
        '/api//compute/kr1',
        `/api/${pct('한글')}`,
        '/api/%ZZ',
        '/api/%00',
      ]);
      return raw(rng.pick(['GET', 'POST', 'DELETE']), path, `no upstream ${path}`, '4xx');
    }
    case 'traversal': {
      const path = rng.pick([
        '/api/compute/kr1/../../_emulator/reset',
        '/api/compute/kr1/%2e%2e/%2e%2e/_emulator/reset',
        '/api/compute/kr1/%2E%2E%2F%2E%2E%2F_emulator%2Freset',
        '/api/compute/kr1/..%2F..%2F_emulator/settle',
        '/api/identity/../_emulator/tokens/expire',
        '/api/identity/%2e%2e/_emulator/tokens/expire',
        '/api/../_emulator/reset',
        '/api/compute/kr1/..;/..;/_emulator/reset',
        '/api/compute/kr1/%5c..%5c..%5c_emulator%5creset',
        '/api/compute/kr1@127.0.0.1/_emulator/reset',
        '/api/compute/kr1//127.0.0.1:1/x',
        '/api/compute/kr1?@evil.example/',
        '/api/compute/kr1#/../../_emulator/reset',
      ]);
      return raw(rng.pick(['GET', 'POST']), path, `traversal ${path}`);
    }
    case 'method': {
      const method = rng.pick(ODD_METHODS);
      built.method = method;
      const path = rng.pick([
        '/api/compute/kr1',
        `/api/compute/kr1/v2/${w.tenantId}/servers`,
        '/api/identity/v2.0/tokens',
      ]);
      return raw(method, path, `method ${method}`, 405);
    }
    case 'origin':
      built.headers.Origin = rng.pick([
        'http://evil.example',
        'null',
        'https://localhost',
        'http://127.0.0.1:1',
      ]);
      built.method = rng.pick(['GET', 'POST', 'DELETE']);
      return raw(
        built.method,
        pathOf(built.segments, [], 'proxy'),
        `Origin ${built.headers.Origin}`,
        403,
      );
    case 'host':
      built.headers.Host = rng.pick([
        'evil.example',
        'evil.example:80',
        '127.0.0.2.nip.io',
        'localhost.',
      ]);
      return raw('GET', pathOf(built.segments, [], 'proxy'), `Host ${built.headers.Host}`, 421);
    case 'cookie': {
      built.auth = rng.pick<AuthKind>(['garbage-cookie', 'tampered-cookie']);
      const write = rng.chance(0.5);
      if (write) {
        delete built.headers[CONSOLE_HEADER];
        return raw(
          'POST',
          pathOf(built.segments, [], 'proxy'),
          `${built.auth}, write without ${CONSOLE_HEADER}`,
          403,
        );
      }
      return raw('GET', pathOf(built.segments, [], 'proxy'), `${built.auth}, read`, 401);
    }
    default: {
      const path = rng.pick([
        '/assets/../../package.json',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/..%2F..%2Fpackage.json',
        '/.env',
        '/.git/config',
        '/index.html%00.js',
        '/assets/nothing-here.js',
        '/%ZZ',
        '/%00',
        `/instances/${'x'.repeat(5000)}`,
        '/servers?x=%ZZ',
        '/\\..\\package.json',
        '//evil.example/',
      ]);
      return raw(rng.pick(['GET', 'HEAD']), path, `static ${path.slice(0, 40)}`);
    }
  }
}

/** A body over 1 MiB, to the proxy and to the emulator: 413 either way. */
function oversizedRequest(rng: Rng, w: World, index: number): FuzzRequest {
  const via = rng.chance(0.6) ? 'proxy' : 'emulator';
  const targets: [string, Segment[], string][] = [
    ['POST', compute(w, ...fixed('servers')), '{"server":{"name":"'],
    ['PUT', compute(w, ...fixed('servers'), id(rng.pick(w.servers))), '{"server":{"name":"'],
    [
      'POST',
      compute(w, ...fixed('servers'), id(rng.pick(w.servers)), ...fixed('action')),
      '{"createImage":{"name":"',
    ],
    ['POST', compute(w, ...fixed('os-keypairs')), '{"keypair":{"name":"'],
    ['POST', blockStorage(w, ...fixed('volumes')), '{"volume":{"size":1,"name":"'],
    ['POST', fixed('identity', 'v2.0', 'tokens'), '{"auth":{"passwordCredentials":{"username":"'],
  ];
  const [method, segments, prefix] = rng.pick(targets);
  const chunked = rng.chance(0.4);
  const body: Body = {
    kind: 'repeat',
    prefix,
    unit: rng.pick(['A', 'é']),
    times: MIB + rng.int(1, 512 * 1024),
    suffix: '"}}',
    chunked,
  };
  return {
    index,
    family: 'oversized',
    via,
    method,
    path: pathOf(segments, [], via),
    headers: {
      'Content-Type': 'application/json',
      ...(via === 'proxy' ? { [CONSOLE_HEADER]: CONSOLE_HEADER_VALUE } : {}),
    },
    auth: via === 'proxy' ? 'cookie' : 'token',
    body,
    expect: 413,
    mutations: [`> 1 MiB${chunked ? ', chunked' : ''}`],
  };
}

/** `count` requests from `seed`, the families in turn (every family, however few requests). */
export function generateRequests(seed: number, count: number, world: World): FuzzRequest[] {
  const rng = new Rng(seed);
  const out: FuzzRequest[] = [];
  for (let index = 0; index < count; index++) {
    const family = FAMILIES[index % FAMILIES.length] as Family;
    if (family === 'session') out.push(sessionRequest(rng, world, index));
    else if (family === 'proxy') out.push(proxyRequest(rng, world, index));
    else if (family === 'oversized') out.push(oversizedRequest(rng, world, index));
    else out.push(apiRequest(rng, world, index, family));
  }
  return out;
}

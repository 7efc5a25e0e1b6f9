/**
 * The console's route table (issue 11): every in-app link is built here, with the query
 * parameters one page hands another (the overview's numbers open the lists filtered, the flavors
 * page opens the instances of a flavor, a placement policy opens the create form with it chosen).
 * The router (src/app/router.tsx) declares the same paths; src/app/routes.test.ts checks that
 * each link built here is one of its routes. Plain functions: no React, no router.
 *
 * Path segments and query values are URL-encoded with encodeURIComponent (a key pair's name may
 * hold anything NHN allows); query parameters come in the order of each list's parameters below,
 * and an empty value is left out.
 */

type Query = Readonly<Record<string, string | number | undefined | null>>;

const segment = (value: string) => encodeURIComponent(value);

/** `path?key=value&…` with the given keys in that order, or `path` when none has a value. */
function withQuery(path: string, query: Query, keys: readonly string[]): string {
  const text = keys
    .flatMap((key) => {
      const value = query[key];
      return value === undefined || value === null || value === ''
        ? []
        : [`${key}=${encodeURIComponent(String(value))}`];
    })
    .join('&');
  return text ? `${path}?${text}` : path;
}

/** The console's home: the region used last (router.tsx's index route sends there). */
export function homePath(): string {
  return '/';
}

/** The sign-in page; `next` is where to go after it, `reason` why the last session ended. */
export function loginPath(query: { next?: string; reason?: string } = {}): string {
  return withQuery('/login', query, ['next', 'reason']);
}

/** A region's overview: `/kr1`. */
export function overviewPath(region: string): string {
  return `/${segment(region)}`;
}

/**
 * What a link may hand the instances list (src/features/instances/list-params.ts reads it):
 * `reservation` is written as the API names it, `reservation_id`.
 */
export interface InstanceListLink {
  name?: string;
  status?: string;
  flavor?: string;
  image?: string;
  reservation?: string;
  zone?: string;
  family?: string;
}

const INSTANCE_LIST_KEYS = [
  'name',
  'status',
  'flavor',
  'image',
  'reservation_id',
  'zone',
  'family',
];

/** The instances list: `/kr1/instances?status=ERROR`. */
export function instancesPath(region: string, filters: InstanceListLink = {}): string {
  const { reservation, ...rest } = filters;
  return withQuery(
    `${overviewPath(region)}/instances`,
    { ...rest, reservation_id: reservation },
    INSTANCE_LIST_KEYS,
  );
}

/** An instance's details: `/kr1/instances/{id}`. */
export function instancePath(region: string, serverId: string): string {
  return `${overviewPath(region)}/instances/${segment(serverId)}`;
}

/** The create form; `placementPolicy` is chosen in it at first. */
export function createInstancePath(
  region: string,
  options: { placementPolicy?: string } = {},
): string {
  return withQuery(`${overviewPath(region)}/instances/new`, options, ['placementPolicy']);
}

/** The flavors (instance types) list. */
export function flavorsPath(region: string): string {
  return `${overviewPath(region)}/flavors`;
}

/** The key pairs list. */
export function keypairsPath(region: string): string {
  return `${overviewPath(region)}/keypairs`;
}

/** A key pair's details: its name is its id. */
export function keypairPath(region: string, name: string): string {
  return `${keypairsPath(region)}/${segment(name)}`;
}

/**
 * What a link may hand the volumes list (src/features/volumes/volume-list.ts reads it):
 * `volume` opens that volume's details.
 */
export interface VolumeListLink {
  name?: string;
  status?: string;
  zone?: string;
  attached?: 'yes' | 'no';
  volume?: string;
}

const VOLUME_LIST_KEYS = ['name', 'status', 'zone', 'attached', 'volume'];

/** The volumes list: `/kr1/volumes?attached=no`. */
export function volumesPath(region: string, filters: VolumeListLink = {}): string {
  return withQuery(`${overviewPath(region)}/volumes`, { ...filters }, VOLUME_LIST_KEYS);
}

/** The placement policies list. */
export function placementPoliciesPath(region: string): string {
  return `${overviewPath(region)}/placement-policies`;
}

/**
 * The same page in another region: the list stays the list (instances stay instances), but a
 * resource's id or a filter belongs to the old region and is left behind.
 */
export function samePageInRegion(pathname: string, region: string): string {
  const [, , page] = pathname.split('/');
  return page ? `${overviewPath(region)}/${page}` : overviewPath(region);
}

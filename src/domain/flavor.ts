/**
 * Flavor names follow `<family>.c<vCPU>m<RAM GB>` (neighbour-apis.md, "Flavors seen in NHN
 * material"). The family decides rules: U2 has a local root disk, takes no Windows image, creates
 * images through the compute API, and cannot be resized to or from another family. GPU flavors
 * (`g2`) also boot from a local disk (current guide, 인스턴스 생성하기:
 * `block_device_mapping_v2.destination_type` is `local` for GPU and U2 flavors, `volume` for the rest).
 */

export const FLAVOR_FAMILIES = ['u2', 't2', 'm2', 'c2', 'r2', 'x1', 'g2'] as const;
export type FlavorFamily = (typeof FLAVOR_FAMILIES)[number];

export function flavorFamily(flavorName: string): string {
  const dot = flavorName.indexOf('.');
  return (dot > 0 ? flavorName.slice(0, dot) : flavorName).toLowerCase();
}

export function isKnownFamily(family: string): family is FlavorFamily {
  return (FLAVOR_FAMILIES as readonly string[]).includes(family);
}

/** U2 flavors use local block storage (spec: 인스턴스 생성하기, block_device_mapping_v2). */
export function isU2Flavor(flavorName: string): boolean {
  return flavorFamily(flavorName) === 'u2';
}

/** GPU flavors: the `g` families (`g2.c8m64`, …). */
export function isGpuFlavor(flavorName: string): boolean {
  return /^g\d+$/.test(flavorFamily(flavorName));
}

/**
 * Flavors whose root disk is local to the host rather than a block storage volume: their root
 * block device mapping has `destination_type: local` and an image source.
 */
export function usesLocalRootDisk(flavorName: string): boolean {
  return isU2Flavor(flavorName) || isGpuFlavor(flavorName);
}

export const MB_PER_GB = 1024;

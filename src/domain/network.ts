/**
 * Networks an instance can be put on. The VPC and subnet lists include the shared external
 * network (`router:external: true`, subnet `public_snat_gateway`: current/vpc-api.ko.md, VPC 목록
 * 보기): it is where floating IPs come from, never a network for an instance's own port.
 */
import type { Vpc, VpcSubnet } from './network-types';

export function isExternalNetwork(network: Pick<Vpc | VpcSubnet, 'router:external'>): boolean {
  return network['router:external'] === true;
}

/** The subnets a new instance may be placed on: the tenant's own, never an external one. */
export function instanceSubnets<T extends Pick<VpcSubnet, 'router:external'>>(
  subnets: readonly T[],
): T[] {
  return subnets.filter((subnet) => !isExternalNetwork(subnet));
}

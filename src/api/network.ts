/** Network API v2.0 (neighbour-apis.md): the VPCs, subnets and security groups the console reads. */
import type { SecurityGroup, Vpc, VpcSubnet } from '../domain/network-types';
import { http } from './client';
import { type ApiScope, networkBase } from './endpoints';

type Signal = AbortSignal | undefined;

export async function listVpcs(scope: ApiScope, signal?: Signal) {
  return (await http.get<{ vpcs: Vpc[] }>(`${networkBase(scope)}/vpcs`, { signal })).vpcs;
}

export async function listVpcSubnets(
  scope: ApiScope,
  query: { vpc_id?: string } = {},
  signal?: Signal,
) {
  return (
    await http.get<{ vpcsubnets: VpcSubnet[] }>(`${networkBase(scope)}/vpcsubnets`, {
      query,
      signal,
    })
  ).vpcsubnets;
}

export async function listSecurityGroups(scope: ApiScope, signal?: Signal) {
  return (
    await http.get<{ security_groups: SecurityGroup[] }>(`${networkBase(scope)}/security-groups`, {
      signal,
    })
  ).security_groups;
}

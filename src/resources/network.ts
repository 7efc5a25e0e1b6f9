import { queryOptions } from '@tanstack/react-query';
import { listAvailabilityZones } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import {
  listFloatingIps,
  listPorts,
  listSecurityGroups,
  listVpcSubnets,
  listVpcs,
} from '../api/network';

export const networkKeys = {
  all: (scope: ApiScope) => ['network', scope.tenantId, scope.region] as const,
  vpcs: (scope: ApiScope) => [...networkKeys.all(scope), 'vpcs'] as const,
  subnets: (scope: ApiScope) => [...networkKeys.all(scope), 'vpcsubnets'] as const,
  securityGroups: (scope: ApiScope) => [...networkKeys.all(scope), 'security-groups'] as const,
  ports: (scope: ApiScope, serverId: string) =>
    [...networkKeys.all(scope), 'ports', serverId] as const,
  floatingIps: (scope: ApiScope) => [...networkKeys.all(scope), 'floatingips'] as const,
  zones: (scope: ApiScope) => ['zones', scope.tenantId, scope.region] as const,
};

const RARELY_CHANGES = 5 * 60_000;

export const vpcsQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: networkKeys.vpcs(scope),
    queryFn: () => listVpcs(scope),
    staleTime: RARELY_CHANGES,
  });

export const vpcSubnetsQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: networkKeys.subnets(scope),
    queryFn: () => listVpcSubnets(scope),
    staleTime: RARELY_CHANGES,
  });

export const securityGroupsQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: networkKeys.securityGroups(scope),
    queryFn: () => listSecurityGroups(scope),
    staleTime: RARELY_CHANGES,
  });

export const serverPortsQuery = (scope: ApiScope, serverId: string) =>
  queryOptions({
    queryKey: networkKeys.ports(scope, serverId),
    queryFn: () => listPorts(scope, { device_id: serverId }),
  });

export const floatingIpsQuery = (scope: ApiScope) =>
  queryOptions({ queryKey: networkKeys.floatingIps(scope), queryFn: () => listFloatingIps(scope) });

export const availabilityZonesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: networkKeys.zones(scope),
    queryFn: () => listAvailabilityZones(scope),
    staleTime: RARELY_CHANGES,
  });

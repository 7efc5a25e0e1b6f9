import { queryOptions } from '@tanstack/react-query';
import { listAvailabilityZones } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import { listSecurityGroups, listVpcSubnets } from '../api/network';

const networkKeys = {
  all: (scope: ApiScope) => ['network', scope.tenantId, scope.region] as const,
  subnets: (scope: ApiScope) => [...networkKeys.all(scope), 'vpcsubnets'] as const,
  securityGroups: (scope: ApiScope) => [...networkKeys.all(scope), 'security-groups'] as const,
  zones: (scope: ApiScope) => ['zones', scope.tenantId, scope.region] as const,
};

const RARELY_CHANGES = 5 * 60_000;

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

export const availabilityZonesQuery = (scope: ApiScope) =>
  queryOptions({
    queryKey: networkKeys.zones(scope),
    queryFn: () => listAvailabilityZones(scope),
    staleTime: RARELY_CHANGES,
  });

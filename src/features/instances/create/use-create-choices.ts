/**
 * The lists the create form chooses from, each its own query (src/resources/): images (those that
 * may boot: active, src/domain/image-status.ts), flavors, zones, subnets (the tenant's own), security groups, key pairs,
 * volume types, placement policies; and the volumes and snapshots once a boot source needs them.
 * Lists that fail alike are reported once (loaded.tsx).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApiScope } from '../../../api/endpoints';
import { isImageReady } from '../../../domain/image-status';
import { instanceSubnets } from '../../../domain/network';
import { flavorsQuery } from '../../../resources/flavors';
import { imagesQuery } from '../../../resources/images';
import { keypairsQuery } from '../../../resources/keypairs';
import {
  availabilityZonesQuery,
  securityGroupsQuery,
  vpcSubnetsQuery,
} from '../../../resources/network';
import { placementPoliciesQuery } from '../../../resources/placement-policies';
import { snapshotsQuery, volumesQuery, volumeTypesQuery } from '../../../resources/volumes';
import type { BootSourceKind } from './boot-source';
import type { CreateChoices } from './form-context';
import { sharedFailure } from './loaded';

export function useCreateChoices(scope: ApiScope, bootSource: BootSourceKind) {
  const images = useQuery(imagesQuery(scope));
  const flavors = useQuery(flavorsQuery(scope));
  const zones = useQuery(availabilityZonesQuery(scope));
  const subnets = useQuery({ ...vpcSubnetsQuery(scope), select: instanceSubnets });
  const groups = useQuery(securityGroupsQuery(scope));
  const keypairs = useQuery(keypairsQuery(scope));
  const volumeTypes = useQuery({
    ...volumeTypesQuery(scope),
    select: (types) => types.map((type) => type.name),
  });
  const policies = useQuery(placementPoliciesQuery(scope));
  // Volumes and snapshots are asked for once a boot source needs them.
  const volumes = useQuery({ ...volumesQuery(scope), enabled: bootSource !== 'image' });
  const snapshots = useQuery({ ...snapshotsQuery(scope), enabled: bootSource === 'snapshot' });

  const activeImages = useMemo(
    () => (images.data ?? []).filter((image) => isImageReady(image.status)),
    [images.data],
  );
  const choices: CreateChoices = {
    images: activeImages,
    volumes: volumes.data,
    snapshots: snapshots.data,
    flavors: flavors.data,
    volumeTypes: volumeTypes.data,
    subnets: subnets.data,
    securityGroups: groups.data,
    placementPolicies: policies.data,
  };

  const all = [
    images,
    flavors,
    zones,
    subnets,
    groups,
    keypairs,
    volumeTypes,
    policies,
    volumes,
    snapshots,
  ];
  return {
    queries: { images, flavors, zones, subnets, groups, keypairs, volumeTypes, policies },
    volumes,
    snapshots,
    activeImages,
    choices,
    /** The failure several lists share, shown once at the top. */
    failure: sharedFailure(all),
    failed: all.filter((query) => query.isError),
  };
}

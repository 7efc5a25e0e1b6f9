/**
 * The choices the form makes by itself once the region's lists are in: the first subnet of the
 * tenant's own (never an external network), and a root volume type the region offers
 * (src/domain/root-volume.ts).
 */
import type { UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';
import type { VpcSubnet } from '../../../domain/network-types';
import { offeredVolumeType } from '../../../domain/root-volume';
import type { CreateInstanceFormValues } from './create-form';

export function useFormDefaults(
  form: UseFormReturnType<CreateInstanceFormValues>,
  subnets: readonly VpcSubnet[] | undefined,
  volumeTypes: readonly string[] | undefined,
) {
  const { setFieldValue } = form;
  const subnetId = form.values.subnetId;
  const firstSubnet = subnets?.[0]?.id;
  useEffect(() => {
    if (firstSubnet && !subnetId) setFieldValue('subnetId', firstSubnet);
  }, [firstSubnet, subnetId, setFieldValue]);

  const rootType = form.values.rootVolume.volumeType;
  useEffect(() => {
    const offered = offeredVolumeType(rootType, volumeTypes);
    if (offered !== rootType) setFieldValue('rootVolume.volumeType', offered);
  }, [volumeTypes, rootType, setFieldValue]);
}

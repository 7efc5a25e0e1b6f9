import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { VpcSubnet } from '../../../domain/network-types';
import type { CreateInstanceFormValues } from './create-form';

/**
 * The subnet (grouped by VPC) and an optional fixed IP. `subnets` are the tenant's own: the page
 * has already left out external networks (domain: instanceSubnets).
 */
export function NetworkFields({
  form,
  subnets: list,
  subnet,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  subnets: readonly VpcSubnet[];
  subnet: VpcSubnet | null | undefined;
}) {
  const { t } = useTranslation();
  const vpcs = [...new Map(list.map((s) => [s.vpc_id, s.vpc?.name ?? s.vpc_id]))];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Select
        label={t('createInstance.network.subnet')}
        placeholder={t('createInstance.network.subnetPlaceholder')}
        description={
          subnet
            ? t('createInstance.network.subnetDetails', {
                vpc: subnet.vpc?.name ?? subnet.vpc_id,
                gateway: subnet.gateway,
                count: subnet.available_ip_count,
              })
            : undefined
        }
        data={vpcs.map(([vpcId, vpcName]) => ({
          group: vpcName,
          items: list
            .filter((s) => s.vpc_id === vpcId)
            .map((s) => ({
              value: s.id,
              label: t('createInstance.network.subnetOption', {
                name: s.name,
                cidr: s.cidr,
              }),
            })),
        }))}
        nothingFoundMessage={t('createInstance.network.none')}
        withAsterisk
        allowDeselect={false}
        {...form.getInputProps('subnetId')}
      />
      <TextInput
        label={t('createInstance.network.fixedIp')}
        description={
          subnet
            ? t('createInstance.network.fixedIpHint', { cidr: subnet.cidr })
            : t('createInstance.network.fixedIpHintNoSubnet')
        }
        placeholder={subnet ? subnet.cidr.replace(/\.\d+\/\d+$/, '.50') : undefined}
        autoComplete="off"
        spellCheck={false}
        {...form.getInputProps('fixedIp')}
      />
    </SimpleGrid>
  );
}

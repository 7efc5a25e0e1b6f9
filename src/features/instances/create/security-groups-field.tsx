/** The security groups the instance joins (none chosen: NHN Cloud applies `default`). */
import { MultiSelect } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SecurityGroup } from '../../../domain/network-types';
import type { CreateInstanceFormValues } from './create-form';
import { Loaded } from './loaded';

export function SecurityGroupsField({
  form,
  groupsQuery,
}: {
  form: UseFormReturnType<CreateInstanceFormValues>;
  groupsQuery: UseQueryResult<SecurityGroup[]>;
}) {
  const { t } = useTranslation();
  return (
    <Loaded query={groupsQuery} what={t('createInstance.sections.securityGroups')}>
      {(list) => (
        <MultiSelect
          label={t('createInstance.securityGroups.label')}
          placeholder={
            form.values.securityGroups.length === 0
              ? t('createInstance.securityGroups.placeholder')
              : undefined
          }
          description={t('createInstance.securityGroups.description')}
          data={list.map((group) => ({
            value: group.name,
            label: group.description ? `${group.name} — ${group.description}` : group.name,
          }))}
          searchable
          clearable
          {...form.getInputProps('securityGroups')}
        />
      )}
    </Loaded>
  );
}

/**
 * The details page's networking: the addresses of every network, and the security groups
 * (applied ones with a remove button, the region's others to add).
 */
import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconPlus, IconX } from '../../../components/icons';
import type { Server } from '../../../domain/compute-types';
import { securityGroupsQuery } from '../../../resources/network';
import { pendingKey, usePending } from '../actions/in-flight';
import type { useInstanceActions } from '../actions/use-instance-actions';
import { securityGroupChoices, serverAddresses } from '../detail-view';
import { Section } from './section';

type Perform = ReturnType<typeof useInstanceActions>['perform'];

export function NetworkingSection({
  scope,
  server,
  perform,
}: {
  scope: ApiScope;
  server: Server;
  perform: Perform;
}) {
  const { t } = useTranslation();
  const groups = useQuery(securityGroupsQuery(scope));
  const pending = usePending();
  const [choice, setChoice] = useState<string | null>(null);
  const { applied, addable } = securityGroupChoices(server, groups.data);
  const addresses = serverAddresses(server);

  return (
    <Stack gap="md">
      <Section title={t('instanceDetail.detail.addresses')} testId="instance-addresses">
        {addresses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('instanceDetail.detail.noAddresses')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('instanceDetail.detail.network')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.ip')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.mac')}</Table.Th>
                  <Table.Th>{t('instanceDetail.detail.type')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {addresses.map((address) => (
                  <Table.Tr key={`${address.network}-${address.addr}`}>
                    <Table.Td>{address.network}</Table.Td>
                    <Table.Td ff="monospace">{address.addr}</Table.Td>
                    <Table.Td ff="monospace">{address['OS-EXT-IPS-MAC:mac_addr']}</Table.Td>
                    <Table.Td>
                      {address['OS-EXT-IPS:type'] === 'floating'
                        ? t('instanceList.floating')
                        : t('instanceList.fixed')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section title={t('instanceDetail.detail.securityGroups')} testId="instance-security-groups">
        <Stack gap="sm">
          {applied.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('instanceDetail.detail.noGroups')}
            </Text>
          ) : (
            <Group gap="xs">
              {applied.map((name) => {
                const busy = pending(pendingKey('removeSecurityGroup', server.id));
                const description = groups.data?.find((g) => g.name === name)?.description;
                return (
                  <Badge
                    key={name}
                    variant="default"
                    size="lg"
                    radius="sm"
                    styles={{ label: { textTransform: 'none', fontWeight: 500 } }}
                    title={description}
                    data-testid="security-group"
                    rightSection={
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        px={4}
                        loading={busy}
                        aria-label={t('instanceDetail.detail.removeGroup', { group: name })}
                        onClick={() =>
                          void perform(
                            'removeSecurityGroup',
                            { server },
                            { name },
                            { subject: name },
                          ).catch(() => undefined)
                        }
                      >
                        <IconX size={14} />
                      </Button>
                    }
                  >
                    {name}
                  </Badge>
                );
              })}
            </Group>
          )}
          {addable.length === 0 && groups.isSuccess ? (
            <Text size="sm" c="dimmed">
              {t('instanceDetail.detail.allGroupsApplied')}
            </Text>
          ) : (
            <Group gap="xs" align="flex-end">
              <Select
                label={t('instanceDetail.detail.chooseGroup')}
                data={addable.map((g) => ({
                  value: g.name,
                  label: g.description ? `${g.name} — ${g.description}` : g.name,
                }))}
                value={choice}
                onChange={setChoice}
                w={320}
                searchable
                data-testid="add-security-group"
              />
              <Button
                leftSection={<IconPlus size={16} />}
                disabled={!choice}
                loading={pending(pendingKey('addSecurityGroup', server.id))}
                onClick={async () => {
                  if (!choice) return;
                  try {
                    const result = await perform(
                      'addSecurityGroup',
                      { server },
                      { name: choice },
                      { subject: choice },
                    );
                    if (result) setChoice(null);
                  } catch {
                    // shown by the notification
                  }
                }}
              >
                {t('instanceDetail.detail.addGroup')}
              </Button>
            </Group>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}

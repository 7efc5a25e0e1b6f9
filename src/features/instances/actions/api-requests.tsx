/** What every action without parameters sends for an instance, and whether it is allowed now. */
import { Badge, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeServerAction } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { RequestPreview } from '../../../components/request-preview';
import { checkAction } from '../../../domain/server-actions';
import { actionSubject } from '../server-facts';
import { useDenialText } from './denial';
import { INSTANCE_ACTIONS, parameterlessIn } from './registry';
import type { ActionTarget } from './use-instance-actions';

function ApiRequests({ scope, target }: { scope: ApiScope; target: ActionTarget }) {
  const { t } = useTranslation();
  const denial = useDenialText();
  const { server } = target;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('instanceDetail.actions.requestsHint')}
      </Text>
      {parameterlessIn('requests').map((action) => {
        const reason = denial(
          action,
          checkAction(action, actionSubject(server, target.flavorName)),
        );
        return (
          <Stack key={action} gap={4}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {t(INSTANCE_ACTIONS[action].label)}
              </Text>
              {reason && (
                <Badge variant="default" size="sm">
                  {t('instanceDetail.actions.notNow')}
                </Badge>
              )}
            </Group>
            {reason && (
              <Text size="xs" c="dimmed">
                {reason}
              </Text>
            )}
            <RequestPreview request={describeServerAction(scope, action, server.id, undefined)} />
          </Stack>
        );
      })}
    </Stack>
  );
}

export function openApiRequests(scope: ApiScope, target: ActionTarget) {
  // Modal titles are set when the modal opens, outside React: the global i18n instance.
  modals.open({
    title: (
      <Text fw={600}>
        {i18next.t('instanceDetail.actions.requestsTitle', { name: target.server.name })}
      </Text>
    ),
    size: 'xl',
    children: <ApiRequests scope={scope} target={target} />,
  });
}

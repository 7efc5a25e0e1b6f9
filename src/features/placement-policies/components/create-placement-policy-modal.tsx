import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCreateServerGroup } from '../../../api/compute';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle } from '../../../components/icons';
import { errorMessage, withProgress } from '../../../components/notify';
import { RequestPreview } from '../../../components/request-preview';
import { nameTaken } from '../../../domain/placement-members';
import {
  checkServerGroup,
  SERVER_GROUP_NAME_MAX,
  SERVER_GROUP_POLICIES,
  type ServerGroup,
  type ServerGroupProblem,
} from '../../../domain/server-group';
import { isInFlight, runOnce, useInFlight } from '../../../resources/mutations';
import { createPlacementPolicyOptions } from '../../../resources/placement-policies';
import { policyProblemMessage } from '../policy-text';

/** The only policy type NHN Cloud offers (current guide, 배치 정책 생성하기). */
const POLICY = SERVER_GROUP_POLICIES[0];

/**
 * Creates an anti-affinity placement policy: a name checked by the domain's rule before anything
 * is sent, the exact request shown, one request per press, and a notification that follows it.
 */
export function CreatePlacementPolicyModal({
  scope,
  opened,
  onClose,
  existing,
}: {
  scope: ApiScope;
  opened: boolean;
  onClose: () => void;
  /** The region's policies, to warn about a name already used. */
  existing: readonly ServerGroup[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const creating = useInFlight(createPlacementPolicyOptions(scope).mutationKey);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ServerGroupProblem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const close = () => {
    setName('');
    setProblem(null);
    setRefusal(null);
    onClose();
  };

  const submit = async () => {
    // One request per press, however fast the presses come (issue 11: the mutation state).
    if (isInFlight(queryClient, createPlacementPolicyOptions(scope).mutationKey)) return;
    const wanted = name.trim();
    const found = checkServerGroup(wanted, [POLICY]);
    setProblem(found);
    if (found) return;
    const request = runOnce(queryClient, createPlacementPolicyOptions(scope), wanted);
    if (!request) return;
    setRefusal(null);
    try {
      await withProgress(
        {
          pending: { title: t('placementPolicies.notify.creating', { name: wanted }) },
          success: {
            title: t('placementPolicies.notify.created', { name: wanted }),
            message: t('placementPolicies.notify.createdText'),
          },
          failure: { title: t('placementPolicies.notify.createFailed', { name: wanted }) },
          retryLabel: t('placementPolicies.notify.retry'),
        },
        () => request,
      );
      close();
    } catch (error) {
      // The notification says it too; the dialog keeps the name and shows why.
      setRefusal(errorMessage(error));
    }
  };

  const taken = name.trim() !== '' && nameTaken(existing, name);
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('placementPolicies.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        data-testid="create-policy-form"
      >
        <Stack gap="sm">
          <TextInput
            label={t('placementPolicies.form.name')}
            description={
              taken
                ? t('placementPolicies.form.nameTaken', { name: name.trim() })
                : t('placementPolicies.form.nameHint', { max: SERVER_GROUP_NAME_MAX })
            }
            withAsterisk
            autoComplete="off"
            data-autofocus
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setProblem(null);
            }}
            error={problem ? policyProblemMessage(t, problem) : undefined}
          />
          <Radio.Group
            label={t('placementPolicies.form.policy')}
            description={t('placementPolicies.form.antiAffinityOnly')}
            value={POLICY}
          >
            <Radio mt={6} value={POLICY} label={t('placementPolicies.antiAffinity')} />
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {t('placementPolicies.form.membersLater')}
          </Text>
          {refusal && (
            <Group
              gap={6}
              wrap="nowrap"
              align="flex-start"
              role="alert"
              data-testid="create-policy-error"
            >
              <IconAlertTriangle
                size={18}
                color="var(--mantine-color-red-filled)"
                aria-hidden
                style={{ flexShrink: 0 }}
              />
              <Text size="sm">
                {t('placementPolicies.form.refused')}: {refusal}
              </Text>
            </Group>
          )}
          <RequestPreview request={describeCreateServerGroup(scope, name.trim())} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating} data-testid="create-policy-submit">
              {t('placementPolicies.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * One key pair (키페어 상세 보기): its summary, its public key and the instances created with it
 * (components/keypair-summary-sections.tsx, components/keypair-instances-section.tsx); delete
 * (components/use-delete-keypair.tsx) goes back to the list once it is done.
 */
import { Anchor, Breadcrumbs, Button, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { IconArrowLeft, IconKeyOff, IconTrash } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { keypairsPath } from '../../../navigation/paths';
import { useInstancesByKeypair, useKeypair } from '../../../resources/keypairs';
import { useScope } from '../../../session/use-session';
import { KeypairInstancesSection } from '../components/keypair-instances-section';
import {
  KeypairPublicKeySection,
  KeypairSummarySection,
} from '../components/keypair-summary-sections';
import { deleteWaitsBecause, instancesOf } from '../components/keypair-usage';
import { useDeleteKeypairFlow } from '../components/use-delete-keypair';

export function KeypairDetailPage() {
  const { t } = useTranslation();
  const scope = useScope();
  const navigate = useNavigate();
  const name = useParams().name ?? '';
  const keypair = useKeypair(scope, name);
  const usage = useInstancesByKeypair(scope);
  const deleteKeypair = useDeleteKeypairFlow();
  const listPath = keypairsPath(scope.region);
  const known = instancesOf(usage, name);
  const waitsBecause = deleteWaitsBecause(usage, t);

  const breadcrumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to={listPath} size="sm">
        {t('keypairs.detail.breadcrumb')}
      </Anchor>
      <Text size="sm">{name}</Text>
    </Breadcrumbs>
  );

  if (keypair.isError && isApiError(keypair.error) && keypair.error.status === 404) {
    return (
      <>
        <PageHeader title={name} breadcrumbs={breadcrumbs} />
        <EmptyState
          testId="keypair-not-found"
          icon={<IconKeyOff />}
          title={t('keypairs.detail.notFound.title')}
          text={t('keypairs.detail.notFound.text', { name, region: scope.region.toUpperCase() })}
          action={
            <Button
              component={Link}
              to={listPath}
              variant="default"
              leftSection={<IconArrowLeft size={16} />}
            >
              {t('keypairs.detail.notFound.back')}
            </Button>
          }
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={name}
        breadcrumbs={breadcrumbs}
        actions={
          // Focusable while it waits for the instances, so its reason can be read.
          <Tooltip label={waitsBecause} disabled={!waitsBecause || !keypair.data} withArrow>
            <Button
              variant="default"
              leftSection={<IconTrash size={16} color="var(--mantine-color-red-7)" />}
              disabled={!keypair.data}
              aria-disabled={!known || undefined}
              data-disabled={!known || undefined}
              onClick={async () => {
                if (!known) return;
                const deleted = await deleteKeypair(name, known);
                if (deleted) navigate(listPath, { replace: true });
              }}
              data-testid="keypair-delete"
            >
              {t('keypairs.delete.action')}
            </Button>
          </Tooltip>
        }
      />

      {keypair.isError && !keypair.data ? (
        <ErrorState what={name} error={keypair.error} onRetry={() => keypair.refetch()} />
      ) : (
        <Stack gap="md">
          <KeypairSummarySection keypair={keypair.data} />
          <KeypairPublicKeySection name={name} keypair={keypair.data} />
          <KeypairInstancesSection region={scope.region} usage={usage} instances={known ?? []} />
        </Stack>
      )}
    </>
  );
}

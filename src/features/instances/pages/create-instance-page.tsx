/**
 * Create instances (인스턴스 생성하기): one form, its sections in create/, its choices loaded by
 * use-create-choices.ts, checked by validate-form.ts and sent by use-create-submit.ts.
 */
import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { IconArrowLeft } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { regionLabel } from '../../../components/region-label';
import { CREATE_LIMITS, isWindows } from '../../../domain/create-server-rules';
import { VOLUME_SIZE_MAX_GB, VOLUME_SIZE_MIN_GB } from '../../../domain/volume';
import { instancesPath } from '../../../navigation/paths';
import { useKeptDraft } from '../../../session/kept-draft';
import { useRequiredSession, useScope } from '../../../session/use-session';
import { BasicsFields } from '../create/basics-fields';
import { type BootSourceKind, bootFacts } from '../create/boot-source';
import { BootSourceSection } from '../create/boot-source-section';
import { CreateRefused, FormErrorsAlert } from '../create/create-alerts';
import {
  type CreateInstanceFormValues,
  flavorViolations,
  initialFormValues,
} from '../create/create-form';
import { ExtraVolumesEditor } from '../create/extra-volumes-editor';
import { FlavorTable } from '../create/flavor-table';
import { formContext } from '../create/form-context';
import { FormSection } from '../create/form-section';
import { KeypairField } from '../create/keypair-field';
import { failureKey, Loaded, SharedFailure } from '../create/loaded';
import { MetadataEditor } from '../create/metadata-editor';
import { NetworkFields } from '../create/network-fields';
import { PlacementPolicyField, ZoneField } from '../create/placement-fields';
import { RootVolumeSection } from '../create/root-volume-section';
import { SecurityGroupsField } from '../create/security-groups-field';
import { UnknownOutcome } from '../create/unknown-outcome';
import { useCreateChoices } from '../create/use-create-choices';
import { useCreateSubmit } from '../create/use-create-submit';
import { useFormDefaults } from '../create/use-form-defaults';
import { useRootSize } from '../create/use-root-size';
import { UserDataField } from '../create/user-data-field';
import { validateCreateForm } from '../create/validate-form';
import { violationMessage } from '../create/violation-messages';

export function CreateInstancePage() {
  const { t } = useTranslation();
  const scope = useScope();
  // "Create an instance in it" on the placement policies page comes with the policy chosen.
  const [searchParams] = useSearchParams();
  const [keypairMode, setKeypairMode] = useState<'create' | 'import' | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // If the session ends mid-form, the input is kept for the return after signing in again; not
  // the user data, which may hold secrets (issue 12, "kept work").
  const kept: CreateInstanceFormValues | null = useKeptDraft<CreateInstanceFormValues>(
    'create-instance',
    useRequiredSession(),
    (): CreateInstanceFormValues => ({
      ...form.getValues(),
      userData: '',
    }),
  );
  const form = useForm<CreateInstanceFormValues>({
    mode: 'controlled',
    initialValues: kept ?? {
      ...initialFormValues(),
      placementPolicyId: searchParams.get('placementPolicy') || null,
    },
    validate: (values) => validateCreateForm(values, formContext(values, choices), t),
  });
  const values = form.values;
  const { queries, volumes, snapshots, activeImages, choices, failure, failed } = useCreateChoices(
    scope,
    values.bootSource,
  );
  const { flavors, zones, subnets, keypairs, volumeTypes, policies } = queries;
  const created = useCreateSubmit(scope, choices);
  useFormDefaults(form, subnets.data, volumeTypes.data);
  // Until the operator sizes the boot volume, it follows the image's (or snapshot's) minimum.
  const rootSize = useRootSize(form, kept !== null, volumes.data);

  const context = formContext(values, choices);
  const { flavor, subnet } = context;
  const facts = bootFacts(values.bootSource, context);
  const region = regionLabel(t, scope.region);

  const chooseBootSource = (kind: BootSourceKind) => {
    form.setFieldValue('bootSource', kind);
    // Current guide (min_count, max_count): a volume boots one instance.
    if (kind === 'volume') form.setFieldValue('count', 1);
  };

  // A flavor chosen before the OS or the boot source may no longer fit them: say so at once.
  const flavorConflict = flavor ? flavorViolations(facts, flavor, values.bootSource)[0] : undefined;
  const flavorError =
    form.errors.flavorId ?? (flavorConflict ? violationMessage(t, flavorConflict) : undefined);
  const errorCount = Object.keys(form.errors).length;

  const focusFirstError = () => {
    requestAnimationFrame(() => {
      formRef.current
        ?.querySelector<HTMLElement>(
          '[aria-invalid="true"], [role="radiogroup"][aria-describedby*="-error"] input:not(:disabled)',
        )
        ?.focus();
    });
  };

  return (
    <SharedFailure.Provider value={failure}>
      <PageHeader
        title={t('createInstance.title')}
        description={t('createInstance.description', { region })}
        breadcrumbs={
          <Anchor component={Link} to={instancesPath(scope.region)} size="sm" w="fit-content">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              {t('instanceList.title')}
            </Group>
          </Anchor>
        }
      />

      {failure !== null && (
        <ErrorState
          what={t('createInstance.choicesNotLoaded')}
          error={failed[0]?.error}
          onRetry={() => {
            for (const query of failed) query.refetch();
          }}
        />
      )}
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit(created.submit, () => {
          created.stopped();
          focusFirstError();
        })}
        data-testid="create-instance-form"
      >
        <Stack gap="md" maw={1100}>
          <FormSection title={t('createInstance.sections.basics')} testId="section-basics">
            <BasicsFields form={form} windows={isWindows(facts)} />
          </FormSection>

          <FormSection title={t('createInstance.sections.bootSource')} testId="section-image">
            <BootSourceSection
              form={form}
              images={activeImages}
              imagesQuery={queries.images}
              volumesQuery={volumes}
              snapshotsQuery={snapshots}
              onKindChange={chooseBootSource}
              onImageChange={rootSize.imageChosen}
              onSnapshotChange={rootSize.snapshotChosen}
            />
          </FormSection>

          <FormSection
            title={t('createInstance.sections.flavor')}
            description={
              facts
                ? t('createInstance.flavor.description')
                : t('createInstance.flavor.chooseImageFirst')
            }
            testId="section-flavor"
          >
            <Loaded query={flavors} what={t('createInstance.sections.flavor')} height={240}>
              {(list) => (
                <FlavorTable
                  flavors={list}
                  facts={facts}
                  bootSource={values.bootSource}
                  value={values.flavorId}
                  onChange={(id) => form.setFieldValue('flavorId', id)}
                  error={flavorError}
                />
              )}
            </Loaded>
          </FormSection>

          <FormSection title={t('createInstance.sections.rootVolume')} testId="section-root-volume">
            <Loaded query={volumeTypes} what={t('createInstance.rootVolume.type')}>
              {(types) => (
                <RootVolumeSection
                  form={form}
                  lookups={context}
                  facts={facts}
                  volumeTypes={types}
                  onSizeChange={rootSize.sized}
                />
              )}
            </Loaded>
          </FormSection>

          <FormSection
            title={t('createInstance.sections.extraVolumes')}
            description={t('createInstance.extraVolumes.description', {
              min: VOLUME_SIZE_MIN_GB,
              max: VOLUME_SIZE_MAX_GB,
            })}
            testId="section-extra-volumes"
          >
            <Loaded query={volumeTypes} what={t('createInstance.rootVolume.type')}>
              {(types) => <ExtraVolumesEditor form={form} volumeTypes={types} />}
            </Loaded>
          </FormSection>

          <FormSection title={t('createInstance.sections.zone')} testId="section-zone">
            <ZoneField form={form} zonesQuery={zones} lookups={context} />
          </FormSection>

          <FormSection title={t('createInstance.sections.placement')} testId="section-placement">
            <PlacementPolicyField form={form} policiesQuery={policies} region={scope.region} />
          </FormSection>

          <FormSection title={t('createInstance.sections.network')} testId="section-network">
            <Loaded query={subnets} what={t('createInstance.sections.network')}>
              {(list) => <NetworkFields form={form} subnets={list} subnet={subnet} />}
            </Loaded>
          </FormSection>

          <FormSection title={t('createInstance.sections.keypair')} testId="section-keypair">
            <KeypairField
              scope={scope}
              keypairs={keypairs.data}
              loading={keypairs.isPending}
              value={values.keyName}
              onChange={(name) => form.setFieldValue('keyName', name)}
              error={form.errors.keyName}
              mode={keypairMode}
              onModeChange={setKeypairMode}
            />
            {keypairs.isError && failureKey(keypairs.error) !== failure && (
              <ErrorState
                what={t('createInstance.sections.keypair')}
                error={keypairs.error}
                onRetry={() => keypairs.refetch()}
              />
            )}
          </FormSection>

          <FormSection title={t('createInstance.sections.securityGroups')}>
            <SecurityGroupsField form={form} groupsQuery={queries.groups} />
          </FormSection>

          <FormSection
            title={t('createInstance.sections.userData')}
            description={t('createInstance.userData.description')}
            testId="section-user-data"
          >
            <UserDataField form={form} />
          </FormSection>

          <FormSection
            title={t('createInstance.sections.metadata')}
            description={t('createInstance.metadata.description', {
              max: CREATE_LIMITS.metadataMax,
            })}
          >
            <MetadataEditor form={form} />
          </FormSection>

          {created.attempted && errorCount > 0 && <FormErrorsAlert count={errorCount} />}
          {created.refusal !== null && (
            <CreateRefused refusal={created.refusal} onClose={created.dismissRefusal} />
          )}
          {created.uncertain && created.outcome.state && (
            <UnknownOutcome
              scope={scope}
              uncertain={created.uncertain}
              state={created.outcome.state}
              found={created.outcome.found}
              checkAgain={created.outcome.checkAgain}
            />
          )}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={instancesPath(scope.region)}>
              {t('createInstance.submit.cancel')}
            </Button>
            <Button
              type="submit"
              loading={form.submitting}
              disabled={created.held}
              title={created.held ? t('createInstance.outcome.holdSubmit') : undefined}
              data-testid="create-submit"
            >
              {t('createInstance.submit.review')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SharedFailure.Provider>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  MultiSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError, writeOutcome } from '../../../api/api-error';
import { computeBase } from '../../../api/endpoints';
import { ErrorState } from '../../../components/error-state';
import { IconAlertTriangle, IconArrowLeft } from '../../../components/icons';
import { errorMessage, withProgress } from '../../../components/notify';
import { PageHeader } from '../../../components/page-header';
import {
  CREATE_LIMITS,
  DEFAULT_VOLUME_TYPE,
  encodedUserDataBytes,
  isWindows,
} from '../../../domain/create-server-rules';
import { instanceSubnets } from '../../../domain/network';
import { VOLUME_SIZE_MAX_GB, VOLUME_SIZE_MIN_GB } from '../../../domain/volume';
import { formatNumber } from '../../../i18n';
import { flavorsQuery } from '../../../resources/flavors';
import { imagesQuery } from '../../../resources/images';
import { keypairsQuery } from '../../../resources/keypairs';
import { isInFlight } from '../../../resources/mutations';
import {
  availabilityZonesQuery,
  securityGroupsQuery,
  vpcSubnetsQuery,
} from '../../../resources/network';
import { placementPoliciesQuery } from '../../../resources/placement-policies';
import { serverMutationKeys } from '../../../resources/server-mutations';
import { snapshotsQuery, volumesQuery, volumeTypesQuery } from '../../../resources/volumes';
import { useKeptDraft } from '../../../session/kept-draft';
import { useRequiredSession, useScope } from '../../../session/use-session';
import {
  type BootSourceKind,
  bootFacts,
  imageFacts,
  volumeImageFacts,
} from '../create/boot-source';
import { BootSourceSection } from '../create/boot-source-section';
import { confirmCreate } from '../create/confirm-create';
import {
  type CreateInstanceFormValues,
  countOf,
  DEFAULT_ROOT_GB,
  flavorViolations,
  formToRequest,
  initialFormValues,
  minimumRootGb,
} from '../create/create-form';
import { ExtraVolumesEditor } from '../create/extra-volumes-editor';
import { FlavorTable } from '../create/flavor-table';
import { FormSection } from '../create/form-section';
import { KeypairField } from '../create/keypair-field';
import { failureKey, Loaded, SharedFailure, sharedFailure } from '../create/loaded';
import { MetadataEditor } from '../create/metadata-editor';
import { NetworkFields } from '../create/network-fields';
import { PlacementPolicyField, ZoneField } from '../create/placement-fields';
import { RootVolumeSection } from '../create/root-volume-section';
import { createdPath, pressCreate } from '../create/submit-create';
import { summarize } from '../create/summary';
import {
  type UncertainCreate,
  UnknownOutcome,
  useUncertainCreate,
} from '../create/unknown-outcome';
import { type FormContext, validateCreateForm } from '../create/validate-form';
import { violationMessage } from '../create/violation-messages';

export function CreateInstancePage() {
  const { t } = useTranslation();
  const scope = useScope();
  const navigate = useNavigate();
  // "Create an instance in it" on the placement policies page comes with the policy chosen.
  const [searchParams] = useSearchParams();

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
  const client = useQueryClient();
  // The create is a mutation keyed by this form: one request per press, however fast they come.
  const formId = useId();

  const [keypairMode, setKeypairMode] = useState<'create' | 'import' | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  // The last create got no clear answer: what NHN Cloud actually did (unknown-outcome.tsx).
  const [uncertain, setUncertain] = useState<UncertainCreate | null>(null);
  const outcome = useUncertainCreate(scope, uncertain);
  const submitHeld = outcome.state !== null && outcome.state !== 'notCreated';
  // Until the operator sizes the boot volume, it follows the image's (or snapshot's) minimum.
  const sizeEdited = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const activeImages = useMemo(
    () => (images.data ?? []).filter((image) => image.status === 'active'),
    [images.data],
  );

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
  if (kept) sizeEdited.current = true;
  const form = useForm<CreateInstanceFormValues>({
    mode: 'controlled',
    initialValues: kept ?? {
      ...initialFormValues(),
      placementPolicyId: searchParams.get('placementPolicy') || null,
    },
    validate: (values) => validateCreateForm(values, contextOf(values), t),
  });
  const values = form.values;

  // Volumes and snapshots are asked for once a boot source needs them.
  const needsVolumes = values.bootSource !== 'image';
  const volumes = useQuery({ ...volumesQuery(scope), enabled: needsVolumes });
  const snapshots = useQuery({
    ...snapshotsQuery(scope),
    enabled: values.bootSource === 'snapshot',
  });

  function contextOf(v: CreateInstanceFormValues): FormContext {
    const snapshot = snapshots.data?.find((candidate) => candidate.id === v.snapshotId) ?? null;
    return {
      image: activeImages.find((image) => image.id === v.imageId) ?? null,
      volume: volumes.data?.find((volume) => volume.id === v.volumeId) ?? null,
      snapshot,
      snapshotVolume: snapshot
        ? (volumes.data?.find((volume) => volume.id === snapshot.volume_id) ?? null)
        : null,
      flavor: flavors.data?.find((flavor) => flavor.id === v.flavorId) ?? null,
      volumeTypes: volumeTypes.data,
      subnet: subnets.data?.find((subnet) => subnet.id === v.subnetId) ?? null,
      securityGroupNames: groups.data?.map((group) => group.name),
      placementPolicyIds: policies.data?.map((policy) => policy.id),
    };
  }
  const context = contextOf(values);
  const { flavor, subnet } = context;
  const facts = bootFacts(values.bootSource, context);
  const windows = isWindows(facts);
  const count = countOf(values);
  const regionLabel = `${scope.region.toUpperCase()} · ${t(`regions.${scope.region}` as 'regions.kr1', { defaultValue: scope.region })}`;

  const { setFieldValue } = form;
  // The default network: the first subnet of the tenant's own (never an external network).
  const firstSubnet = subnets.data?.[0]?.id;
  useEffect(() => {
    if (firstSubnet && !values.subnetId) setFieldValue('subnetId', firstSubnet);
  }, [firstSubnet, values.subnetId, setFieldValue]);
  // The default volume type: General HDD when the region has it, else the first it lists.
  const typeNames = volumeTypes.data;
  const rootType = values.rootVolume.volumeType;
  useEffect(() => {
    if (!typeNames || typeNames.length === 0 || typeNames.includes(rootType)) return;
    setFieldValue(
      'rootVolume.volumeType',
      typeNames.includes(DEFAULT_VOLUME_TYPE) ? DEFAULT_VOLUME_TYPE : (typeNames[0] as string),
    );
  }, [typeNames, rootType, setFieldValue]);

  /** The root follows the source's minimum until the operator sizes it (never below a snapshot). */
  const followMinimum = (minimum: number, hardMinimum = 0) => {
    const current = Number(form.values.rootVolume.sizeGb);
    if (!sizeEdited.current || !(current >= hardMinimum)) {
      form.setFieldValue('rootVolume.sizeGb', Math.max(DEFAULT_ROOT_GB, minimum));
    }
  };

  const chooseBootSource = (kind: BootSourceKind) => {
    form.setFieldValue('bootSource', kind);
    // Current guide (min_count, max_count): a volume boots one instance.
    if (kind === 'volume') form.setFieldValue('count', 1);
  };

  // A flavor chosen before the OS or the boot source may no longer fit them: say so at once.
  const flavorConflict = flavor ? flavorViolations(facts, flavor, values.bootSource)[0] : undefined;
  const flavorError =
    form.errors.flavorId ?? (flavorConflict ? violationMessage(t, flavorConflict) : undefined);

  const userDataBytes = encodedUserDataBytes(values.userData);
  const userDataError =
    form.errors.userData ??
    (userDataBytes > CREATE_LIMITS.userDataMaxBytes
      ? t('createInstance.violations.userData.tooLarge', {
          size: formatNumber(userDataBytes),
          max: formatNumber(CREATE_LIMITS.userDataMaxBytes),
        })
      : undefined);

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

  const submit = async (submitted: CreateInstanceFormValues) => {
    if (submitHeld || isInFlight(client, serverMutationKeys.create(formId))) return;
    // Set when the request goes out (a cast: TypeScript does not see the closure assign it).
    let sent = null as Omit<UncertainCreate, 'error' | 'failedAt'> | null;
    try {
      setAttempted(false);
      setRefusal(null);
      setUncertain(null);
      const lookups = contextOf(submitted);
      const request = formToRequest(submitted, lookups);
      const instances = countOf(submitted);
      const name = request.server.name;
      const placementPolicy = policies.data?.find(
        (policy) => policy.id === submitted.placementPolicyId,
      );
      const result = await pressCreate({
        client,
        scope,
        formId,
        request,
        ask: () =>
          confirmCreate({
            request: { method: 'POST', path: `${computeBase(scope)}/servers`, body: request },
            name,
            count: instances,
            summary: summarize(t, submitted, { ...lookups, placementPolicy }),
          }),
        report: (send) =>
          withProgress(
            {
              pending: { title: t('createInstance.submit.pending', { name }) },
              success: {
                title: t('createInstance.submit.success', { name }),
                message:
                  instances > 1
                    ? t('createInstance.submit.successMany', { count: instances })
                    : t('createInstance.submit.successOne', { name }),
              },
              failure: { title: t('createInstance.submit.failure', { name }) },
              unknown: { title: t('createInstance.outcome.checking.title', { name }) },
              retryLabel: t('createInstance.submit.retry'),
            },
            () => {
              sent = { name, count: instances, submittedAt: Date.now() };
              return send();
            },
          ),
      });
      if (result) navigate(createdPath(scope.region, result));
    } catch (error) {
      // Only a refusal means nothing was made; without a clear answer, find out (issue 12).
      if (sent && writeOutcome(error) === 'unknown') {
        setUncertain({ ...sent, failedAt: Date.now(), error });
      } else setRefusal(error);
    }
  };

  // Lists that fail alike are reported once, here (loaded.tsx).
  const lists = [images, flavors, zones, subnets, groups, keypairs, volumeTypes, policies];
  const failure = sharedFailure([...lists, volumes, snapshots]);
  const failed = [...lists, volumes, snapshots].filter((query) => query.isError);

  return (
    <SharedFailure.Provider value={failure}>
      <PageHeader
        title={t('createInstance.title')}
        description={t('createInstance.description', { region: regionLabel })}
        breadcrumbs={
          <Anchor component={Link} to={`/${scope.region}/instances`} size="sm" w="fit-content">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              {t('instances.title')}
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
        onSubmit={form.onSubmit(submit, () => {
          setAttempted(true);
          focusFirstError();
        })}
        data-testid="create-instance-form"
      >
        <Stack gap="md" maw={1100}>
          <FormSection title={t('createInstance.sections.basics')} testId="section-basics">
            <Group align="flex-start" gap="md" wrap="wrap">
              <TextInput
                label={t('createInstance.name.label')}
                placeholder={t('createInstance.name.placeholder')}
                description={
                  windows
                    ? t('createInstance.name.windowsDescription', {
                        max: CREATE_LIMITS.windowsNameMax,
                      })
                    : t('createInstance.name.description', { max: CREATE_LIMITS.nameMax })
                }
                withAsterisk
                autoComplete="off"
                style={{ flex: 1, minWidth: 260 }}
                {...form.getInputProps('name')}
              />
              <NumberInput
                label={t('createInstance.count.label')}
                description={
                  values.bootSource === 'volume'
                    ? t('createInstance.count.fixedByVolume')
                    : t('createInstance.count.description', { max: CREATE_LIMITS.maxCount })
                }
                min={1}
                max={CREATE_LIMITS.maxCount}
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                w={260}
                {...form.getInputProps('count')}
                disabled={values.bootSource === 'volume'}
              />
            </Group>
            {Number.isInteger(count) && count > 1 && values.name.trim() !== '' && (
              <Text size="sm" c="dimmed" data-testid="count-hint">
                {t('createInstance.count.several', { name: values.name })}
              </Text>
            )}
          </FormSection>

          <FormSection title={t('createInstance.sections.bootSource')} testId="section-image">
            <BootSourceSection
              form={form}
              images={activeImages}
              imagesQuery={images}
              volumesQuery={volumes}
              snapshotsQuery={snapshots}
              onKindChange={chooseBootSource}
              onImageChange={(image) => {
                if (image) followMinimum(minimumRootGb(imageFacts(image)));
              }}
              onSnapshotChange={(snapshot) => {
                if (!snapshot) return;
                const volume = volumes.data?.find(
                  (candidate) => candidate.id === snapshot.volume_id,
                );
                const minimum = minimumRootGb(volumeImageFacts(volume), snapshot.size);
                followMinimum(minimum, minimum);
              }}
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
                  onSizeChange={(next) => {
                    sizeEdited.current = true;
                    form.setFieldValue('rootVolume.sizeGb', next);
                  }}
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
            <Loaded query={groups} what={t('createInstance.sections.securityGroups')}>
              {(list) => (
                <MultiSelect
                  label={t('createInstance.securityGroups.label')}
                  placeholder={
                    values.securityGroups.length === 0
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
          </FormSection>

          <FormSection
            title={t('createInstance.sections.userData')}
            description={t('createInstance.userData.description')}
            testId="section-user-data"
          >
            <Textarea
              label={t('createInstance.userData.label')}
              placeholder={t('createInstance.userData.placeholder')}
              description={
                <span data-testid="user-data-size">
                  {t('createInstance.userData.size', {
                    size: formatNumber(userDataBytes),
                    max: formatNumber(CREATE_LIMITS.userDataMaxBytes),
                  })}
                </span>
              }
              autosize
              minRows={4}
              maxRows={16}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('userData')}
              error={userDataError}
            />
          </FormSection>

          <FormSection
            title={t('createInstance.sections.metadata')}
            description={t('createInstance.metadata.description', {
              max: CREATE_LIMITS.metadataMax,
            })}
          >
            <MetadataEditor form={form} />
          </FormSection>

          {attempted && errorCount > 0 && (
            <Alert
              variant="default"
              color="red"
              icon={<IconAlertTriangle />}
              role="alert"
              data-testid="form-errors"
            >
              <Text size="sm">{t('createInstance.validation.summary', { count: errorCount })}</Text>
            </Alert>
          )}
          {refusal !== null && (
            <Alert
              variant="default"
              color="red"
              icon={<IconAlertTriangle />}
              title={
                isApiError(refusal) && refusal.fromConsole
                  ? t('createInstance.submit.consoleRefused')
                  : t('createInstance.submit.refused')
              }
              role="alert"
              withCloseButton
              closeButtonLabel={t('createInstance.submit.dismiss')}
              onClose={() => setRefusal(null)}
              data-testid="create-refused"
            >
              <Stack gap={4}>
                <Text size="sm" data-testid="create-refused-message">
                  {errorMessage(refusal)}
                </Text>
                {isApiError(refusal) && (
                  <Text size="xs" c="dimmed">
                    <Code>{refusal.status || refusal.kind}</Code> {refusal.code}
                  </Text>
                )}
                <Text size="sm">{t('createInstance.submit.refusedHint')}</Text>
              </Stack>
            </Alert>
          )}

          {uncertain && outcome.state && (
            <UnknownOutcome
              scope={scope}
              uncertain={uncertain}
              state={outcome.state}
              found={outcome.found}
              checkAgain={outcome.checkAgain}
            />
          )}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={`/${scope.region}/instances`}>
              {t('createInstance.submit.cancel')}
            </Button>
            <Button
              type="submit"
              loading={form.submitting}
              disabled={submitHeld}
              title={submitHeld ? t('createInstance.outcome.holdSubmit') : undefined}
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

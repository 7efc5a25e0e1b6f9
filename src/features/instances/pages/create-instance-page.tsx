import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { computeBase } from '../../../api/endpoints';
import { ErrorState } from '../../../components/error-state';
import { IconAlertTriangle, IconArrowLeft, IconInfoCircle } from '../../../components/icons';
import { errorMessage, withProgress } from '../../../components/notify';
import { PageHeader } from '../../../components/page-header';
import {
  CREATE_LIMITS,
  encodedUserDataBytes,
  ROOT_VOLUME_TYPES,
} from '../../../domain/create-server-rules';
import { MB_PER_GB } from '../../../domain/flavor';
import type { Image } from '../../../domain/image-types';
import { formatNumber } from '../../../i18n';
import { useScope } from '../../auth/use-session';
import { flavorsQuery } from '../../flavors/queries';
import { imagesQuery } from '../../images/queries';
import { keypairsQuery } from '../../keypairs/queries';
import {
  availabilityZonesQuery,
  securityGroupsQuery,
  vpcSubnetsQuery,
} from '../../network/queries';
import { volumeTypesQuery } from '../../volumes/queries';
import { confirmCreate, type SummaryRow } from '../create/confirm-create';
import {
  type CreateInstanceFormValues,
  countOf,
  DEFAULT_ROOT_GB,
  flavorViolations,
  formToRequest,
  initialFormValues,
  isWindowsImage,
  minimumRootGb,
  usesRootVolume,
} from '../create/create-form';
import { FlavorTable } from '../create/flavor-table';
import { FormSection } from '../create/form-section';
import { KeypairField } from '../create/keypair-field';
import { MetadataEditor } from '../create/metadata-editor';
import { useCreateServers } from '../create/queries';
import { validateCreateForm } from '../create/validate-form';
import { violationMessage } from '../create/violation-messages';

/** Loading, failed or loaded: what a section shows for the data it needs. */
function Loaded<T>({
  query,
  what,
  children,
  height = 36,
}: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
  height?: number;
}) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return <ErrorState what={what} error={query.error} onRetry={() => query.refetch()} />;
  }
  return (
    <Skeleton
      height={height}
      radius="sm"
      role="status"
      aria-busy="true"
      aria-label={t('createInstance.loading', { what })}
    />
  );
}

const imageGroupOf = (image: Image) => (isWindowsImage(image) ? 'windows' : 'linux');

export function CreateInstancePage() {
  const { t } = useTranslation();
  const scope = useScope();
  const navigate = useNavigate();

  const images = useQuery(imagesQuery(scope));
  const flavors = useQuery(flavorsQuery(scope));
  const zones = useQuery(availabilityZonesQuery(scope));
  const subnets = useQuery(vpcSubnetsQuery(scope));
  const groups = useQuery(securityGroupsQuery(scope));
  const keypairs = useQuery(keypairsQuery(scope));
  const volumeTypes = useQuery(volumeTypesQuery(scope));
  const createServers = useCreateServers(scope);

  const [keypairMode, setKeypairMode] = useState<'create' | 'import' | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  // One request per press, however fast the presses come (state updates are not synchronous).
  const inFlight = useRef(false);
  // Until the operator sizes the boot volume, it follows the image's minimum.
  const sizeEdited = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const activeImages = useMemo(
    () => (images.data ?? []).filter((image) => image.status === 'active'),
    [images.data],
  );

  const form = useForm<CreateInstanceFormValues>({
    mode: 'controlled',
    initialValues: initialFormValues(),
    validate: (values) => validateCreateForm(values, contextOf(values), t),
  });
  const values = form.values;

  function contextOf(v: CreateInstanceFormValues) {
    return {
      image: activeImages.find((image) => image.id === v.imageId) ?? null,
      flavor: flavors.data?.find((flavor) => flavor.id === v.flavorId) ?? null,
      subnet: subnets.data?.find((subnet) => subnet.id === v.subnetId) ?? null,
      securityGroupNames: groups.data?.map((group) => group.name),
    };
  }
  const { image, flavor, subnet } = contextOf(values);
  const windows = isWindowsImage(image);
  const count = countOf(values);
  const regionLabel = `${scope.region.toUpperCase()} · ${t(`regions.${scope.region}` as 'regions.kr1', { defaultValue: scope.region })}`;

  // The default network: the first subnet, as NHN Cloud's console does.
  const firstSubnet = subnets.data?.[0]?.id;
  const { setFieldValue } = form;
  useEffect(() => {
    if (firstSubnet && !values.subnetId) setFieldValue('subnetId', firstSubnet);
  }, [firstSubnet, values.subnetId, setFieldValue]);

  const chooseImage = (id: string | null) => {
    form.setFieldValue('imageId', id);
    const next = activeImages.find((candidate) => candidate.id === id);
    if (next && !sizeEdited.current) {
      form.setFieldValue('rootVolume.sizeGb', Math.max(DEFAULT_ROOT_GB, minimumRootGb(next)));
    }
  };

  // A flavor chosen before a Windows image may no longer fit it: say so at once.
  const flavorConflict = image && flavor ? flavorViolations(image, flavor)[0] : undefined;
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
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      setAttempted(false);
      setRefusal(null);
      const context = contextOf(submitted);
      const request = formToRequest(submitted, context);
      const instances = countOf(submitted);
      const name = request.server.name;
      const confirmed = await confirmCreate({
        request: { method: 'POST', path: `${computeBase(scope)}/servers`, body: request },
        name,
        count: instances,
        summary: summarize(submitted, context),
      });
      if (!confirmed) return;
      const result = await withProgress(
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
          retryLabel: t('createInstance.submit.retry'),
        },
        () => createServers.mutateAsync(request),
      );
      if ('reservation_id' in result) {
        navigate(
          `/${scope.region}/instances?reservation_id=${encodeURIComponent(result.reservation_id)}`,
        );
      } else {
        navigate(`/${scope.region}/instances/${result.server.id}`);
      }
    } catch (error) {
      setRefusal(error);
    } finally {
      inFlight.current = false;
    }
  };

  /** The request in words, for the confirmation. */
  function summarize(
    v: CreateInstanceFormValues,
    { image: img, flavor: flv, subnet: sn }: ReturnType<typeof contextOf>,
  ): SummaryRow[] {
    const none = t('createInstance.submit.none');
    const metadata = v.metadata.filter((row) => row.key !== '' || row.value !== '');
    return [
      { label: t('createInstance.name.label'), value: v.name.trim() },
      { label: t('createInstance.count.label'), value: String(countOf(v)) },
      {
        label: t('createInstance.zone.label'),
        value: v.availabilityZone || t('createInstance.zone.any'),
      },
      { label: t('createInstance.image.label'), value: img?.name ?? '' },
      {
        label: t('createInstance.flavor.label'),
        value: flv
          ? `${flv.name} · ${t('instances.flavorSpec', { vcpus: flv.vcpus, ram: flv.ram / MB_PER_GB })}`
          : '',
      },
      {
        label: t('createInstance.sections.rootVolume'),
        value: !flv
          ? ''
          : usesRootVolume(flv)
            ? t(
                v.rootVolume.deleteOnTermination
                  ? 'createInstance.submit.rootVolumeDeleted'
                  : 'createInstance.submit.rootVolumeKept',
                { size: v.rootVolume.sizeGb, type: v.rootVolume.volumeType },
              )
            : t('createInstance.flavor.localDisk', { size: flv.disk }),
      },
      {
        label: t('createInstance.network.subnet'),
        value: sn ? [`${sn.name} (${sn.cidr})`, v.fixedIp.trim()].filter(Boolean).join(' · ') : '',
      },
      { label: t('createInstance.keypair.label'), value: v.keyName ?? '' },
      {
        label: t('createInstance.securityGroups.label'),
        value:
          v.securityGroups.length > 0
            ? v.securityGroups.join(', ')
            : t('createInstance.submit.defaultGroup'),
      },
      {
        label: t('createInstance.sections.userData'),
        value: v.userData
          ? t('createInstance.submit.userDataSummary', {
              size: formatNumber(encodedUserDataBytes(v.userData)),
            })
          : none,
      },
      {
        label: t('createInstance.sections.metadata'),
        value:
          metadata.length > 0 ? metadata.map((row) => `${row.key}=${row.value}`).join(', ') : none,
      },
    ];
  }

  const imageData = (['linux', 'windows'] as const)
    .map((os) => ({
      group: t(`createInstance.image.${os}`),
      items: activeImages
        .filter((candidate) => imageGroupOf(candidate) === os)
        .map((candidate) => ({ value: candidate.id, label: candidate.name })),
    }))
    .filter((group) => group.items.length > 0);

  const rootTypes = ROOT_VOLUME_TYPES.filter(
    (type) => !volumeTypes.data || volumeTypes.data.some((candidate) => candidate.name === type),
  );
  const minRoot = minimumRootGb(image);

  return (
    <>
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
                description={t('createInstance.count.description', {
                  max: CREATE_LIMITS.maxCount,
                })}
                min={1}
                max={CREATE_LIMITS.maxCount}
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                w={200}
                {...form.getInputProps('count')}
              />
            </Group>
            {Number.isInteger(count) && count > 1 && values.name.trim() !== '' && (
              <Text size="sm" c="dimmed" data-testid="count-hint">
                {t('createInstance.count.several', { name: values.name })}
              </Text>
            )}
          </FormSection>

          <FormSection title={t('createInstance.sections.zone')}>
            <Loaded query={zones} what={t('createInstance.sections.zone')}>
              {(list) => (
                <Radio.Group
                  label={t('createInstance.zone.label')}
                  {...form.getInputProps('availabilityZone')}
                >
                  <Group gap="lg" mt={6} wrap="wrap">
                    <Radio
                      value=""
                      label={t('createInstance.zone.any')}
                      description={t('createInstance.zone.anyHint')}
                    />
                    {list.map((zone) => (
                      <Radio
                        key={zone.zoneName}
                        value={zone.zoneName}
                        disabled={!zone.zoneState.available}
                        label={
                          zone.zoneState.available
                            ? zone.zoneName
                            : t('createInstance.zone.unavailable', { zone: zone.zoneName })
                        }
                      />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            </Loaded>
          </FormSection>

          <FormSection title={t('createInstance.sections.image')} testId="section-image">
            <Loaded query={images} what={t('createInstance.sections.image')}>
              {() => (
                <Stack gap={6}>
                  <Select
                    label={t('createInstance.image.label')}
                    placeholder={t('createInstance.image.placeholder')}
                    data={imageData}
                    searchable
                    withAsterisk
                    nothingFoundMessage={t('createInstance.image.none')}
                    maxDropdownHeight={360}
                    {...form.getInputProps('imageId')}
                    onChange={chooseImage}
                    data-testid="image-select"
                  />
                  {image && (
                    <Text size="sm" c="dimmed" data-testid="image-details">
                      {`${t(`createInstance.image.${imageGroupOf(image)}`)} · `}
                      {t('createInstance.image.details', {
                        disk: image.min_disk,
                        ram: image.min_ram
                          ? `${formatNumber(image.min_ram / MB_PER_GB, { maximumFractionDigits: 1 })} GB`
                          : t('createInstance.image.noMinRam'),
                        user: image.login_username ?? '—',
                      })}
                    </Text>
                  )}
                </Stack>
              )}
            </Loaded>
          </FormSection>

          <FormSection
            title={t('createInstance.sections.flavor')}
            description={
              image
                ? t('createInstance.flavor.description')
                : t('createInstance.flavor.chooseImageFirst')
            }
            testId="section-flavor"
          >
            <Loaded query={flavors} what={t('createInstance.sections.flavor')} height={240}>
              {(list) => (
                <FlavorTable
                  flavors={list}
                  image={image}
                  value={values.flavorId}
                  onChange={(id) => form.setFieldValue('flavorId', id)}
                  error={flavorError}
                />
              )}
            </Loaded>
          </FormSection>

          <FormSection title={t('createInstance.sections.rootVolume')} testId="section-root-volume">
            {!flavor ? (
              <Text size="sm" c="dimmed">
                {t('createInstance.rootVolume.chooseFlavor')}
              </Text>
            ) : !usesRootVolume(flavor) ? (
              <Alert variant="default" icon={<IconInfoCircle />} data-testid="u2-local-disk">
                <Text size="sm">
                  {t('createInstance.rootVolume.u2Local', { size: flavor.disk })}
                </Text>
              </Alert>
            ) : (
              <Stack gap="sm">
                <Group align="flex-start" gap="md" wrap="wrap">
                  <NumberInput
                    label={t('createInstance.rootVolume.size')}
                    description={
                      image
                        ? t('createInstance.rootVolume.sizeHint', {
                            min: minRoot,
                            max: CREATE_LIMITS.maxRootGb,
                          })
                        : t('createInstance.rootVolume.sizeHintNoImage', {
                            linux: CREATE_LIMITS.linuxMinRootGb,
                            windows: CREATE_LIMITS.windowsMinRootGb,
                          })
                    }
                    withAsterisk
                    min={minRoot}
                    max={CREATE_LIMITS.maxRootGb}
                    clampBehavior="none"
                    allowDecimal={false}
                    allowNegative={false}
                    w={300}
                    {...form.getInputProps('rootVolume.sizeGb')}
                    onChange={(next) => {
                      sizeEdited.current = true;
                      form.setFieldValue('rootVolume.sizeGb', next);
                    }}
                  />
                  <Radio.Group
                    label={t('createInstance.rootVolume.type')}
                    {...form.getInputProps('rootVolume.volumeType')}
                  >
                    <Group gap="lg" mt={10}>
                      {rootTypes.map((type) => (
                        <Radio key={type} value={type} label={type} />
                      ))}
                    </Group>
                  </Radio.Group>
                </Group>
                <Checkbox
                  label={t('createInstance.rootVolume.deleteOnTermination')}
                  description={t('createInstance.rootVolume.deleteOnTerminationHint')}
                  {...form.getInputProps('rootVolume.deleteOnTermination', { type: 'checkbox' })}
                />
              </Stack>
            )}
          </FormSection>

          <FormSection title={t('createInstance.sections.network')} testId="section-network">
            <Loaded query={subnets} what={t('createInstance.sections.network')}>
              {(list) => {
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
              }}
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
            {keypairs.isError && (
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
              title={t('createInstance.submit.refused')}
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

          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={`/${scope.region}/instances`}>
              {t('createInstance.submit.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="create-submit">
              {t('createInstance.submit.review')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

/**
 * A new image followed from `queued` to `active` (spec: 이미지 생성이 성공하면 active), and no
 * further once its status is final: an image killed, or deleted meanwhile, never becomes active,
 * and the dialog says so (src/domain/image-status.ts).
 */
import { Alert, Anchor, Badge, Code, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { IconAlertTriangle } from '../../../components/icons';
import { type ImageProgress, imageProgress } from '../../../domain/image-status';
import { imageQuery, isImageNotFound } from '../../../resources/images';

const COLORS: Record<ImageProgress, string> = {
  making: 'blue',
  ready: 'green',
  failed: 'red',
  gone: 'red',
};

export function ImageRequested({
  scope,
  imageId,
  name,
  location,
}: {
  scope: ApiScope;
  imageId: string;
  name: string;
  location: string;
}) {
  const { t } = useTranslation();
  const image = useQuery(imageQuery(scope, imageId));
  const progress = isImageNotFound(image.error) ? 'gone' : imageProgress(image.data?.status);
  return (
    <Stack gap="xs" data-testid="image-requested" data-progress={progress}>
      <Text size="sm">{t('instanceDetail.image.createdText', { name })}</Text>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('instanceDetail.image.status')}:
        </Text>
        <Badge variant="dot" color={COLORS[progress]} data-testid="image-status">
          {image.data?.status ?? '…'}
        </Badge>
      </Group>
      {(progress === 'failed' || progress === 'gone') && (
        <Alert color="red" icon={<IconAlertTriangle />} p="xs" role="alert">
          <Text size="sm">
            {progress === 'failed'
              ? t('instanceDetail.image.failed')
              : t('instanceDetail.image.gone')}
          </Text>
        </Alert>
      )}
      <Text size="sm">
        {t('instanceDetail.image.id')}: <Code>{imageId}</Code>
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {t('instanceDetail.image.location')}:{' '}
        <Anchor href={location} target="_blank" rel="noreferrer" size="sm">
          {location}
        </Anchor>
      </Text>
    </Stack>
  );
}

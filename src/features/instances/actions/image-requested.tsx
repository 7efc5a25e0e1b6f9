/** A new image followed from `queued` to `active` (spec: 이미지 생성이 성공하면 active). */
import { Anchor, Badge, Code, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiScope } from '../../../api/endpoints';
import { getImage } from '../../../api/image';
import { imageKeys } from '../../../resources/images';

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
  const image = useQuery({
    queryKey: imageKeys.detail(scope, imageId),
    queryFn: () => getImage(scope, imageId),
    refetchInterval: (query) => (query.state.data?.status === 'active' ? false : 2500),
  });
  return (
    <Stack gap="xs" data-testid="image-requested">
      <Text size="sm">{t('instance.image.createdText', { name })}</Text>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('instance.image.status')}:
        </Text>
        <Badge
          variant="dot"
          color={image.data?.status === 'active' ? 'green' : 'blue'}
          data-testid="image-status"
        >
          {image.data?.status ?? '…'}
        </Badge>
      </Group>
      <Text size="sm">
        {t('instance.image.id')}: <Code>{imageId}</Code>
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {t('instance.image.location')}:{' '}
        <Anchor href={location} target="_blank" rel="noreferrer" size="sm">
          {location}
        </Anchor>
      </Text>
    </Stack>
  );
}

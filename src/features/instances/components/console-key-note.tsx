/**
 * What NHN Cloud's own console shows one of its metadata keys as (current guide, 인스턴스
 * 메타데이터), and the guide's warning: shown where such a key is edited and in its confirmation.
 */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isConsoleMetadataKey } from '../../../domain/server-metadata';

/** What NHN Cloud's console shows a console key as, and the guide's warning about changing it. */
export function ConsoleKeyNote({ metaKey }: { metaKey: string }) {
  const { t } = useTranslation();
  if (!isConsoleMetadataKey(metaKey)) return null;
  return (
    <Stack gap={4}>
      <Text size="sm">{t(`instanceDetail.metadata.consoleKeys.${metaKey}`)}</Text>
      <Text size="sm" fw={500}>
        {t('instanceDetail.metadata.warning')}
      </Text>
    </Stack>
  );
}

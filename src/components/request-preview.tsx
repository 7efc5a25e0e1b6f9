import { Badge, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PreviewRequest, toCurl } from '../api/curl';
import { externalUrl } from '../api/endpoints';
import { IconCheck, IconCopy } from './icons';
import { useIsEmulator } from './use-is-emulator';

export type { PreviewRequest };

/** The exact request an action sends: method, path and body, and a copy-as-curl button. */
export function RequestPreview({ request }: { request: PreviewRequest }) {
  const { t } = useTranslation();
  const emulator = useIsEmulator();
  const url = externalUrl(request.path, emulator, window.location.origin);
  const curl = toCurl(request, emulator, window.location.origin);
  return (
    <Stack gap={6} data-testid="request-preview">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge variant="default" radius="sm" style={{ flexShrink: 0 }}>
          {request.method}
        </Badge>
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="request-url">
          {url}
        </Text>
      </Group>
      {request.body !== undefined && (
        <Code block data-testid="request-body">
          {JSON.stringify(request.body, null, 2)}
        </Code>
      )}
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {t('request.tokenHint')}
        </Text>
        <CopyButton value={curl}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant="default"
              leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              onClick={copy}
            >
              {copied ? t('common.copied') : t('request.copyCurl')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

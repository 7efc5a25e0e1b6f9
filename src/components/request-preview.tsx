import { Badge, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { externalUrl } from '../api/endpoints';
import { IconCheck, IconCopy } from './icons';
import { useIsEmulator } from './use-is-emulator';

export interface PreviewRequest {
  method: string;
  /** The console's path (`/api/compute/kr1/v2/…`). */
  path: string;
  body?: unknown;
}

/** A shell-safe single-quoted string. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The request as a curl command; the token comes from $NHN_TOKEN, never from the console. */
export function toCurl(request: PreviewRequest, url: string): string {
  const lines = [`curl -X ${request.method} ${quote(url)}`, `  -H "X-Auth-Token: $NHN_TOKEN"`];
  if (request.body !== undefined) {
    lines.push(
      `  -H 'Content-Type: application/json'`,
      `  -d ${quote(JSON.stringify(request.body))}`,
    );
  }
  return lines.join(' \\\n');
}

/** The exact request an action sends: method, path and body, and a copy-as-curl button. */
export function RequestPreview({ request }: { request: PreviewRequest }) {
  const { t } = useTranslation();
  const emulator = useIsEmulator();
  const url = externalUrl(request.path, emulator, window.location.origin);
  const curl = toCurl(request, url);
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

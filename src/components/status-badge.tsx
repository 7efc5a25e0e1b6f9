import { Badge, Loader, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isKnownStatus, isServerBusy, statusInfo } from '../domain/server-status';

/** An instance status as text plus colour (never colour alone), with a spinner while a task runs. */
export function StatusBadge({ status, taskState }: { status: string; taskState?: string | null }) {
  const { t } = useTranslation();
  const info = statusInfo(status);
  const label = isKnownStatus(status) ? t(`status.${status}`) : status;
  const busy = isServerBusy({ status, taskState });
  const badge = (
    <Badge
      color={info.tone}
      // The dot carries the colour and the text stays in the body colour: readable in both schemes.
      variant="dot"
      radius="sm"
      leftSection={busy ? <Loader size={10} color={info.tone} aria-hidden /> : undefined}
      data-status={status}
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {label}
    </Badge>
  );
  return taskState ? (
    <Tooltip label={t('status.taskRunning', { task: taskState })} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

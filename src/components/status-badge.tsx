import { Badge, Loader } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isServerBusy, knownStatus, statusInfo } from '../domain/server-status';
import { HintOnDemand } from './hint-on-demand';

/**
 * The words for an instance status in either vocabulary (an older edition of NHN Cloud may still
 * say STOPPED): the label of its Nova name; a status neither knows is shown as it came.
 */
export function serverStatusLabel(t: TFunction, status: string): string {
  const known = knownStatus(status);
  return known ? String(t(`status.${known}`)) : status;
}

/** An instance status as text plus colour (never colour alone), with a spinner while a task runs. */
export function StatusBadge({ status, taskState }: { status: string; taskState?: string | null }) {
  const { t } = useTranslation();
  const info = statusInfo(status);
  const label = serverStatusLabel(t, status);
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
    <HintOnDemand label={t('status.taskRunning', { task: taskState })}>{badge}</HintOnDemand>
  ) : (
    badge
  );
}

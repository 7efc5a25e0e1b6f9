import { Badge, Loader } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StatusTone } from '../domain/server-status';
import { isKnownSnapshotStatus, isSnapshotTransitional } from '../domain/snapshot';
import { snapshotStatusTone } from '../domain/snapshot-rules';
import { isVolumeTransitional } from '../domain/volume';
import { isKnownVolumeStatus, volumeStatusTone } from '../domain/volume-rules';

/** A status as text plus colour, with a spinner while it is passing (creating, …). */
function StatusBadge({
  status,
  label,
  tone,
  busy,
}: {
  status: string;
  label: string;
  tone: StatusTone;
  busy: boolean;
}) {
  return (
    <Badge
      color={tone}
      // The dot carries the colour and the text stays in the body colour: readable in both schemes.
      variant="dot"
      radius="sm"
      leftSection={busy ? <Loader size={10} color={tone} aria-hidden /> : undefined}
      data-status={status}
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {label}
    </Badge>
  );
}

export function VolumeStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      status={status}
      label={volumeStatusLabel(t, status)}
      tone={volumeStatusTone(status)}
      busy={isVolumeTransitional(status)}
    />
  );
}

export function SnapshotStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      status={status}
      label={snapshotStatusLabel(t, status)}
      tone={snapshotStatusTone(status)}
      busy={isSnapshotTransitional(status)}
    />
  );
}

export function volumeStatusLabel(t: TFunction, status: string): string {
  return isKnownVolumeStatus(status) ? String(t(`volumes.status.${status}` as const)) : status;
}

export function snapshotStatusLabel(t: TFunction, status: string): string {
  return isKnownSnapshotStatus(status)
    ? String(t(`volumes.snapshots.status.${status}` as const))
    : status;
}

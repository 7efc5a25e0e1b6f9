import { Badge, Loader } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isVolumeTransitional } from '../../../domain/volume';
import { isKnownVolumeStatus, volumeStatusTone } from '../volume-rules';

/** A volume status as text plus colour, with a spinner while it is passing (creating, …). */
export function VolumeStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = volumeStatusTone(status);
  const busy = isVolumeTransitional(status);
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
      {volumeStatusLabel(t, status)}
    </Badge>
  );
}

export function volumeStatusLabel(t: TFunction, status: string): string {
  return isKnownVolumeStatus(status) ? String(t(`volumes.status.${status}` as const)) : status;
}

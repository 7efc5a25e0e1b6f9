/**
 * How the list and the details page show the facts of server-facts.ts: the deletion protection
 * mark and the image a server came from (with where its name came from).
 */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HintOnDemand } from '../../../components/hint-on-demand';
import { IconLock } from '../../../components/icons';
import type { Server } from '../../../domain/compute-types';
import { isDeletionProtected, type ServerImageFacts } from '../server-facts';

/** A lock next to a protected instance's name; its label is read out, its tooltip says where to change it. */
export function DeletionProtectedMark({ server }: { server: Server }) {
  // Most servers are not protected: they cost a list row no translation hook.
  return isDeletionProtected(server) ? <ProtectedLock /> : null;
}

function ProtectedLock() {
  const { t } = useTranslation();
  return (
    <HintOnDemand label={t('instanceList.protectedHint')} multiline w={280}>
      <Text
        span
        c="dimmed"
        role="img"
        aria-label={t('instanceList.protected')}
        data-testid="deletion-protected"
        style={{ display: 'inline-flex', verticalAlign: 'middle' }}
      >
        <IconLock size={15} aria-hidden />
      </Text>
    </HintOnDemand>
  );
}

/**
 * The image's name; booted from a volume or snapshot (`"image": ""`), the metadata's image_name
 * with a note that it came from there.
 */
export function ServerImageName({
  facts,
  loading,
  size = 'sm',
}: {
  facts: ServerImageFacts;
  /** The image list is still loading. */
  loading: boolean;
  size?: 'sm' | 'xs';
}) {
  const { t } = useTranslation();
  if (facts.name === null) {
    if (facts.imageId === null)
      return (
        <Text size={size} c="dimmed">
          {t('instanceList.noImage')}
        </Text>
      );
    return (
      <Text size={size} c="dimmed">
        {loading ? '…' : t('instanceList.unknownImage')}
      </Text>
    );
  }
  return (
    <div>
      <Text size={size}>{facts.name}</Text>
      {facts.nameFrom === 'metadata' && (
        <Text size="xs" c="dimmed" data-testid="image-from-metadata">
          {facts.imageId === null
            ? t('instanceList.imageFromBootVolume')
            : t('instanceList.imageFromMetadata')}
        </Text>
      )}
    </div>
  );
}

import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionMenuItem } from '../../../components/action-menu-item';
import {
  IconDots,
  IconInfoCircle,
  IconLink,
  IconTrash,
  IconUnlink,
} from '../../../components/icons';
import type { Volume } from '../../../domain/block-storage-types';
import { volumeLabel } from '../../../domain/volume-rules';
import type { VolumeActions } from '../use-volume-actions';

/**
 * A row's action menu: details, attach, one detach per attachment, delete — every item the shared
 * ActionMenuItem (issue 11), which says why an action is not available now.
 */
export function VolumeRowActions({
  volume,
  actions,
  onDetails,
}: {
  volume: Volume;
  actions: VolumeActions;
  onDetails: () => void;
}) {
  const { t } = useTranslation();
  const name = volumeLabel(volume);
  return (
    <Menu
      position="bottom-end"
      withinPortal
      shadow="md"
      width={300}
      // Its focus placeholder (a focusable role="presentation" div) is not a valid child of a menu.
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('volumes.actions.menu', { name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <ActionMenuItem
          icon={<IconInfoCircle size={16} />}
          label={t('volumes.actions.details')}
          reason={null}
          onClick={onDetails}
        />
        <ActionMenuItem
          icon={<IconLink size={16} />}
          label={t('volumes.actions.attach')}
          reason={actions.attachReason(volume)}
          onClick={() => actions.openAttach(volume)}
          testId="volume-action-attach"
        />
        {volume.attachments.length === 0 ? (
          <ActionMenuItem
            icon={<IconUnlink size={16} />}
            label={t('volumes.actions.detachShort')}
            reason={t('volumes.reasons.notAttached')}
            onClick={() => undefined}
            testId="volume-action-detach"
          />
        ) : (
          volume.attachments.map((attachment) => (
            <ActionMenuItem
              key={attachment.server_id}
              icon={<IconUnlink size={16} />}
              label={t('volumes.actions.detach', {
                server: actions.serverName(attachment.server_id),
              })}
              reason={actions.detachReason(volume, attachment)}
              onClick={() => void actions.detach(volume, attachment)}
              testId="volume-action-detach"
            />
          ))
        )}
        <Menu.Divider />
        <ActionMenuItem
          icon={<IconTrash size={16} />}
          label={t('volumes.actions.delete')}
          reason={actions.deleteReason(volume)}
          color="red"
          onClick={() => void actions.remove(volume)}
          testId="volume-action-delete"
        />
      </Menu.Dropdown>
    </Menu>
  );
}

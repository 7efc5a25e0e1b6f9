/**
 * The "Actions for …" button of a list row. The menu behind it (instance-actions-ui.tsx) judges
 * every action's gate and holds several hooks; a list of 1,000 rows would pay for that on every
 * row it scrolls past. So the row shows a plain button with the same name, and the menu is
 * mounted when a pointer comes near it (then the click opens it as before) or when the button is
 * pressed (keyboard: the menu opens at once, and takes the focus as it always does).
 */
import { ActionIcon } from '@mantine/core';
import { type ComponentProps, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconDots } from '../../../components/icons';
import { InstanceRowMenu } from '../actions/instance-actions-ui';

type MenuProps = Omit<ComponentProps<typeof InstanceRowMenu>, 'defaultOpened'>;

export function RowMenuButton(props: MenuProps) {
  const { t } = useTranslation();
  const [mounted, setMounted] = useState<'hover' | 'press' | null>(null);
  const wrapper = useRef<HTMLSpanElement>(null);
  // Pressed from the keyboard: the real button replaces this one; keep the focus on it.
  useEffect(() => {
    if (mounted === 'press') wrapper.current?.querySelector('button')?.focus();
  }, [mounted]);
  if (mounted) {
    return (
      <span ref={wrapper}>
        <InstanceRowMenu {...props} defaultOpened={mounted === 'press'} />
      </span>
    );
  }
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={t('instance.actions.menu', { name: props.target.server.name })}
      aria-haspopup="menu"
      onPointerEnter={() => setMounted('hover')}
      onClick={() => setMounted('press')}
    >
      <IconDots size={18} />
    </ActionIcon>
  );
}

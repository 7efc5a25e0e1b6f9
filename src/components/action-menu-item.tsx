/**
 * The one menu item for an action (issue 11), in every menu: when the action is not available it
 * says why, and stays focusable (aria-disabled rather than disabled) so keyboard and screen reader
 * users reach the reason too, in readable colours.
 */
import { Menu, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function ActionMenuItem({
  icon,
  label,
  reason,
  color,
  onClick,
  testId,
}: {
  icon: ReactNode;
  label: string;
  reason: string | null;
  color?: string;
  onClick: () => void;
  testId?: string;
}) {
  if (reason === null) {
    return (
      <Menu.Item leftSection={icon} color={color} onClick={onClick} data-testid={testId}>
        {label}
      </Menu.Item>
    );
  }
  return (
    <Menu.Item
      leftSection={icon}
      aria-disabled="true"
      closeMenuOnClick={false}
      onClick={(event) => event.preventDefault()}
      c="dimmed"
      style={{ cursor: 'not-allowed' }}
      data-testid={testId}
    >
      <Text span size="sm" display="block">
        {label}
      </Text>
      <Text span size="xs" display="block" maw={260}>
        {reason}
      </Text>
    </Menu.Item>
  );
}

import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconAlertTriangle } from '../../../components/icons';

/**
 * A warning or an error inside a dialog. The text keeps the body colour on the plain background
 * (tinted alerts with coloured text fall short of 4.5:1 in light and dark); the colour is carried
 * by the icon and the left border.
 */
export function Note({
  tone,
  title,
  children,
  testId,
  role,
}: {
  tone: 'warning' | 'error';
  title?: string;
  children: ReactNode;
  testId?: string;
  role?: 'alert';
}) {
  const color =
    tone === 'warning' ? 'var(--mantine-color-yellow-filled)' : 'var(--mantine-color-red-filled)';
  return (
    <Alert
      variant="default"
      title={title}
      icon={<IconAlertTriangle color={color} aria-hidden />}
      role={role}
      data-testid={testId}
      style={{ borderLeft: `4px solid ${color}` }}
    >
      {children}
    </Alert>
  );
}

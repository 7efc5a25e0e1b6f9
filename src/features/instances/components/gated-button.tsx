import { Button, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

/** A button that stays focusable when it may not run, and says why (as the toolbar does). */
export function GatedButton({
  reason,
  onClick,
  children,
  ...props
}: {
  reason: string | null;
  onClick: () => void;
  children: ReactNode;
  'aria-label'?: string;
  leftSection?: ReactNode;
  loading?: boolean;
  color?: string;
  type?: 'submit' | 'button';
}) {
  const button = (
    <Button
      size="xs"
      variant="default"
      {...props}
      data-disabled={reason ? true : undefined}
      aria-disabled={reason ? true : undefined}
      onClick={(event) => {
        if (reason) {
          event.preventDefault();
          return;
        }
        onClick();
      }}
    >
      {children}
    </Button>
  );
  return reason ? (
    <Tooltip label={reason} withArrow multiline w={280}>
      {button}
    </Tooltip>
  ) : (
    button
  );
}

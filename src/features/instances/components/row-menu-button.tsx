/**
 * The "Actions for …" button of a list row. The menu behind it (instance-actions-ui.tsx) judges
 * every action's gate and holds several hooks; a list of 1,000 rows would pay for that on every
 * row it scrolls past. So the row shows a plain button with the same name, and the menu is
 * mounted, open, when the button is pressed (mouse or keyboard; the menu takes the focus as it
 * always does).
 *
 * The menu's code — the actions, their dialogs, rules and requests — is downloaded when a pointer
 * first comes near the button, not with the list (issue 10: JS+CSS to a live list ≤ 200 KB on the
 * wire); a press before it has arrived opens the menu as soon as it is there. Only a finished
 * press swaps the button: a swap between a press's mousedown and mouseup lost the click.
 */
import { ActionIcon } from '@mantine/core';
import { type ComponentProps, lazy, Suspense, useRef, useState } from 'react';
import { IconDots } from '../../../components/icons';
import { OnMount } from '../../../components/on-mount';
import type { InstanceRowMenu as RowMenu } from '../actions/instance-actions-ui';

type MenuProps = Omit<ComponentProps<typeof RowMenu>, 'defaultOpened'>;

const loadMenu = () => import('../actions/instance-actions-ui');
const InstanceRowMenu = lazy(() => loadMenu().then((m) => ({ default: m.InstanceRowMenu })));

/** `label`: the button's name, "Actions for web-1" (the row has the words at hand: no hook per row). */
export function RowMenuButton({ label, ...props }: MenuProps & { label: string }) {
  const [pressed, setPressed] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const plain = (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={label}
      aria-haspopup="menu"
      onPointerEnter={() => {
        void loadMenu().catch(() => undefined);
      }}
      onClick={() => setPressed(true)}
    >
      <IconDots size={18} />
    </ActionIcon>
  );
  if (!pressed) return plain;
  return (
    <span ref={wrapper}>
      <Suspense fallback={plain}>
        <InstanceRowMenu {...props} defaultOpened />
        {/* Pressed: the real button replaces this one; keep the focus on it. */}
        <OnMount effect={() => wrapper.current?.querySelector('button')?.focus()} />
      </Suspense>
    </span>
  );
}

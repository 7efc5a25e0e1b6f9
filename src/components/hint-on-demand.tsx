/**
 * A hover or focus hint (Mantine's Tooltip) whose code comes when a pointer first enters the
 * element or it takes the focus, not with the page: the list's status badges and locks, and the
 * frame's emulator badge, would otherwise bring the Tooltip and its positioning code to every
 * first load (issue 10: JS+CSS to a live list ≤ 200 KB). Until then the element is itself,
 * unchanged; then the tooltip opens at once, as it would have.
 */
import type { TooltipProps } from '@mantine/core';
import {
  cloneElement,
  type FocusEvent,
  lazy,
  type PointerEvent,
  type ReactElement,
  Suspense,
  useState,
} from 'react';

const Tooltip = lazy(() => import('./tooltip'));

type Hint = Pick<TooltipProps, 'label' | 'multiline' | 'w'>;

interface Wakeful {
  onPointerEnter?: (event: PointerEvent) => void;
  onFocus?: (event: FocusEvent) => void;
}

export function HintOnDemand({ children, ...hint }: Hint & { children: ReactElement<Wakeful> }) {
  const [wanted, setWanted] = useState(false);
  if (!wanted) {
    return cloneElement(children, {
      onPointerEnter: () => setWanted(true),
      onFocus: () => setWanted(true),
    });
  }
  return (
    <Suspense fallback={children}>
      <Tooltip {...hint} withArrow defaultOpened>
        {children}
      </Tooltip>
    </Suspense>
  );
}

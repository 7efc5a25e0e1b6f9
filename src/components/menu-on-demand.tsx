/**
 * A menu whose code (Mantine's Menu and its positioning, @floating-ui) comes when it is first
 * wanted, not with the page (issue 10: JS+CSS to a live instances list ≤ 200 KB): the frame's
 * language switch and user menu. Until then the menu's own button stands alone, unchanged; a
 * pointer entering it downloads the menu's code, and a press (mouse, Enter or Space) mounts the
 * menu open and keeps the focus on its button — as the list's row menu does (row-menu-button.tsx).
 *
 * Only a finished press swaps the button for the menu's own: a swap between a press's mousedown
 * and its mouseup (the code arriving from a hover just then) lost the click, and the menu stayed
 * shut (a clean-clone run of the browser tests caught it).
 */
import {
  type ComponentType,
  cloneElement,
  type LazyExoticComponent,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  Suspense,
  useRef,
  useState,
} from 'react';
import { OnMount } from './on-mount';

interface Wakeful {
  onPointerEnter?: (event: PointerEvent) => void;
  onClick?: (event: MouseEvent) => void;
}

/** What a menu module exports: its menu around `target`, open at first if `defaultOpened`. */
interface MenuSlot {
  target: ReactElement;
  defaultOpened: boolean;
}
export type LazyMenu<P extends object = object> = LazyExoticComponent<ComponentType<P & MenuSlot>>;

export function MenuOnDemand<P extends object = object>({
  target,
  menu,
  preload,
  props,
}: {
  target: ReactElement<Wakeful>;
  menu: LazyMenu<P>;
  /** Downloads the menu's code (the import behind `menu`), on hover: a press then finds it in. */
  preload: () => Promise<unknown>;
  /** What the menu needs besides its target (the bulk bar's actions, say). */
  props?: P;
}) {
  const Menu = menu as unknown as ComponentType<MenuSlot>;
  const [pressed, setPressed] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const plain = cloneElement(target, {
    onPointerEnter: () => {
      void preload().catch(() => undefined);
    },
    onClick: () => setPressed(true),
  });
  if (!pressed) return plain;
  return (
    // display: contents: the wrapper takes no place of its own in the header's row.
    <span ref={wrapper} style={{ display: 'contents' }}>
      <Suspense fallback={plain}>
        <Menu {...props} target={target} defaultOpened />
        <OnMount
          effect={() => {
            // Pressed: the real button replaces this one; keep the focus on it.
            wrapper.current?.querySelector('button')?.focus();
          }}
        />
      </Suspense>
    </span>
  );
}

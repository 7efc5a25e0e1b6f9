/**
 * @mantine/modals' provider, mounted when the first dialog is asked for instead of with the
 * console's frame: Modal, its focus trap and scroll lock stay off a page's first load until a
 * dialog opens (issue 10: JS+CSS to a live instances list ≤ 200 KB on the wire).
 *
 * The console opens dialogs only through `modals.*` (never `useModals()`), which dispatch window
 * events the provider listens to; so the provider can sit beside the page instead of around it
 * (a provider put around the page later would remount it). Events sent before the provider
 * listens are held, and sent again, in order, once it does.
 */
import type { ModalsProviderProps } from '@mantine/modals';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { OnMount } from '../components/on-mount';

const Provider = lazy(() => import('./modals-provider'));

/** The events of @mantine/modals' `modals.*` (events.mjs): `mantine-modals:<name>`. */
const MODAL_EVENTS = [
  'openModal',
  'openConfirmModal',
  'openContextModal',
  'closeModal',
  'closeAllModals',
  'updateModal',
  'updateContextModal',
].map((name) => `mantine-modals:${name}`);

export function ModalsOnDemand({ modalProps }: Pick<ModalsProviderProps, 'modalProps'>) {
  const [needed, setNeeded] = useState(false);
  // The events sent before the provider listens; null once it does.
  const held = useRef<CustomEvent[] | null>([]);
  useEffect(() => {
    const hold = (event: Event) => {
      const queue = held.current;
      // A close or an update with no dialog asked for yet has nothing to act on.
      if (queue === null || (queue.length === 0 && !event.type.includes(':open'))) return;
      queue.push(new CustomEvent(event.type, { detail: (event as CustomEvent).detail }));
      setNeeded(true);
    };
    for (const name of MODAL_EVENTS) window.addEventListener(name, hold);
    return () => {
      for (const name of MODAL_EVENTS) window.removeEventListener(name, hold);
    };
  }, []);
  if (!needed) return null;
  const resend = () => {
    const queue = held.current ?? [];
    held.current = null;
    for (const event of queue) window.dispatchEvent(event);
  };
  return (
    <Suspense fallback={null}>
      <Provider modalProps={modalProps} />
      <OnMount effect={resend} />
    </Suspense>
  );
}

import { useEffect, useRef } from 'react';

/**
 * Runs `effect` once, when it is committed. Inside a Suspense boundary that is when the code it
 * waited for is in (the on-demand menus, selects and dialogs: issue 10): the place to move the
 * focus to the real component, or to replay what was asked before it listened.
 */
export function OnMount({ effect }: { effect: () => void }) {
  const latest = useRef(effect);
  useEffect(() => latest.current(), []);
  return null;
}

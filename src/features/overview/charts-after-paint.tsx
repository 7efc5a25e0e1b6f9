/**
 * The overview's charts come after its numbers (issue 10, "overview: time to content"): the
 * charts are pictures of the count lists beside them, and drawing them (recharts measures its
 * labels and works out its axes) took about as long as everything else in the first render of the
 * counts. So the counts paint first, with a box of the chart's size in its place, and the charts
 * render after that paint, in a transition that React renders in slices between frames, so drawing
 * them is no long task either.
 */
import { Box } from '@mantine/core';
import {
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useContext,
  useEffect,
  useState,
} from 'react';

const charts = () => import('./components/charts');
/** The chart components, loaded when the first one is shown (./components/charts.tsx). */
export const BarChart = lazy(() => charts().then((module) => ({ default: module.BarChart })));
export const DonutChart = lazy(() => charts().then((module) => ({ default: module.DonutChart })));

const ChartsShown = createContext(true);

/** True from the first paint after `ready` (the numbers are on screen) onwards. */
export function useAfterPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame that paints the numbers, then the task after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setAfter(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, after]);
  return after;
}

/** Holds back every ChartBox inside until `shown` (useAfterPaint: the paint after the numbers). */
export function ChartsAfterPaint({ shown, children }: { shown: boolean; children: ReactNode }) {
  return <ChartsShown.Provider value={shown}>{children}</ChartsShown.Provider>;
}

/**
 * A chart, hidden from assistive technology (the list beside it carries the numbers and the
 * links): until the charts are shown, an empty box of its size, so nothing moves when it comes.
 */
export function ChartBox({
  width,
  height,
  children,
}: {
  width?: number;
  height: number;
  children: ReactNode;
}) {
  const shown = useContext(ChartsShown);
  return (
    <Box
      aria-hidden="true"
      inert
      style={{ pointerEvents: 'none' }}
      w={width}
      mih={height}
      data-chart={shown ? 'shown' : 'pending'}
    >
      {/* The box keeps the chart's size while its code loads: nothing moves when it comes. */}
      {shown && <Suspense fallback={null}>{children}</Suspense>}
    </Box>
  );
}

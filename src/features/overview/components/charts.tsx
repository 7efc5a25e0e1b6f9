/**
 * The overview's chart components, in a chunk of their own: recharts and d3 are three quarters of
 * the overview's code (about 390 of 510 KB), and the charts come after the counts anyway
 * (../charts-after-paint.tsx). Loaded with the first chart shown, so the counts' first render
 * never waits for their download and compilation (issue 10, "overview: time to content").
 */
export { BarChart, DonutChart } from '@mantine/charts';

/**
 * While the rest of the region's servers load in the background (src/resources/server-collection-query.ts): how many
 * are in so far, and what that means on this page (the list: sorting and filters cover those;
 * the overview: its counts wait). The API tells no total, so the bar shows no percentage.
 *
 * A status floating at the bottom of the window, out of the page's flow (issue 10): in the flow,
 * its leaving when the load completed pulled the table up under the operator's eyes (Lighthouse:
 * a layout shift of 0.069 on the list). The bar's stripes stand still: animated, they repainted
 * the bar every frame while the background pages were being merged; the spinner, drawn by the
 * compositor, says it is busy.
 */
import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';

export function LoadProgress({ label }: { label: string }) {
  return (
    <Paper
      withBorder
      shadow="md"
      p="xs"
      pos="fixed"
      bottom="var(--mantine-spacing-md)"
      left="50%"
      maw="calc(100vw - 2 * var(--mantine-spacing-md))"
      w={560}
      style={{ transform: 'translateX(-50%)', zIndex: 150 }}
      data-testid="instances-loading-more"
    >
      <Stack gap={6}>
        <Group gap="xs" role="status" wrap="nowrap">
          <Loader size="xs" />
          <Text size="sm">{label}</Text>
        </Group>
        <Progress value={100} striped size="xs" aria-hidden />
      </Stack>
    </Paper>
  );
}

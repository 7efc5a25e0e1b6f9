/**
 * While the rest of the region's servers load in the background (collection-query.ts): how many
 * are in so far, and what that means on this page (the list: sorting and filters cover those;
 * the overview: its counts wait). The API tells no total, so the bar moves without a percentage.
 */
import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';

export function LoadProgress({ label }: { label: string }) {
  return (
    <Paper withBorder p="xs" mb="sm" data-testid="instances-loading-more">
      <Stack gap={6}>
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{label}</Text>
        </Group>
        <Progress value={100} striped animated size="xs" aria-hidden />
      </Stack>
    </Paper>
  );
}

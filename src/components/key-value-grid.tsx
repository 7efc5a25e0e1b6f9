import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Labelled values in columns, as a description list (dt/dd) for assistive technology. */
export function KeyValueGrid({
  items,
  cols = 3,
}: {
  items: { label: string; value: ReactNode; testId?: string }[];
  cols?: number;
}) {
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, sm: 2, lg: cols }}
      spacing="md"
      verticalSpacing="sm"
      m={0}
    >
      {items.map((item) => (
        <Stack key={item.label} gap={2} data-testid={item.testId}>
          <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ wordBreak: 'break-word' }}>
            {item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

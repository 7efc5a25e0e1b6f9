import { Anchor, Box, ColorSwatch, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../i18n';

export interface CountItem {
  key: string;
  label: ReactNode;
  count: number;
  /** Where the number leads (the list behind it); none when there is no such list. */
  href?: string;
  /** The colour of the item in the chart beside the list. */
  color?: string;
  /** Extra text after the count (e.g. a size). */
  detail?: string;
}

/** `green.6` (a theme colour, as the charts take it) as a CSS colour. */
const cssColor = (color: string) => `var(--mantine-color-${color.replace('.', '-')})`;

/**
 * The numbers of a chart as a list of links: the chart's text equivalent, and the way to the
 * list behind each number.
 */
export function CountList({
  items,
  labelledBy,
  testId,
}: {
  items: CountItem[];
  labelledBy: string;
  testId?: string;
}) {
  return (
    <Box
      component="ul"
      aria-labelledby={labelledBy}
      data-testid={testId}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {items.map((item) => {
        const content = (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap={8} wrap="nowrap">
              {item.color && <ColorSwatch color={cssColor(item.color)} size={10} aria-hidden />}
              <Text span size="sm">
                {item.label}
              </Text>
            </Group>
            <Text span size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatNumber(item.count)}
              {item.detail && (
                <Text span size="sm" fw={400}>
                  {' '}
                  · {item.detail}
                </Text>
              )}
            </Text>
          </Group>
        );
        return (
          <Box component="li" key={item.key} py={4}>
            {item.href ? (
              <Anchor component={Link} to={item.href} display="block" data-count={item.count}>
                {content}
              </Anchor>
            ) : (
              content
            )}
          </Box>
        );
      })}
    </Box>
  );
}

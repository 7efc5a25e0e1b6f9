/**
 * Mantine's AppShell header, footer and aside import react-remove-scroll only for two class names
 * (`RemoveScroll.classNames`), which keep fixed bars in place while a modal locks the page's
 * scrolling; the build points that import here (scripts/slim-mantine.ts), so the console's frame
 * does not download the scroll lock itself (~3 KB compressed) before a modal needs it. The names
 * are react-remove-scroll's own (remove-scroll-class-names.test.ts compares them).
 */
export const RemoveScroll = {
  classNames: {
    zeroRight: 'right-scroll-bar-position',
    fullWidth: 'width-before-scroll-bar',
  },
} as const;

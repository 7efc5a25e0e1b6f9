import { type CSSVariablesResolver, createTheme, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Operators who ask their system for less motion get no transitions.
  respectReducedMotion: true,
  // Shade 8 keeps white text on primary buttons above the 4.5:1 contrast WCAG AA asks for.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', Roboto, sans-serif",
  headings: { fontWeight: '650' },
  components: {
    // The focus placeholder Menu adds is a focusable role="presentation" element, which assistive
    // technology trips over (axe: critical); focus goes to the first item instead. A plain object,
    // not Menu.extend (which only returns it): importing Menu here would bring it and @floating-ui
    // to every first load (issue 10; the menus load on demand: menu-on-demand.tsx).
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // A notification's text is Mantine's gray-6 (3.3:1 on white): the theme's dimmed reads at 4.5:1.
    Notification: Notification.extend({
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});

/** Dimmed text dark enough (light) and light enough (dark) for 4.5:1 contrast. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field errors (text and the invalid input's own text) at 4.5:1 or more: red-6 is 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Text of "light" variants (active nav link, light buttons) in the darkest shade.
    // Their hover background stays light enough for that text.
    ...Object.fromEntries(
      Object.keys(resolved.colors).flatMap((color) => [
        [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color}-9)`],
        [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    // Mantine's red-8 is 3.5:1 on the dark body; red-4 is well above 4.5:1.
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});

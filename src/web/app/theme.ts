import { Alert, Badge, createTheme, Modal, type CSSVariablesResolver } from '@mantine/core';

// Mantine's default shades (6) give white text below 4.5:1 contrast; shade 8 keeps every
// filled button, badge and link readable (WCAG AA).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // A dialog's <header> would count as a second page banner for assistive technology.
    ModalHeader: Modal.Header.extend({ defaultProps: { role: 'presentation' } }),
    // Stage and status labels are short; never cut them off in narrow table cells.
    // Alert titles take the alert colour by default (amber or teal on a pale tint: below 4.5:1).
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } }),
  },
});

// "Dimmed" text is gray.6 by default (3.3:1 on white); gray.7 passes AA. The hovered "light"
// variant (active nav link) is blue.2 by default, which leaves blue.9 text at 4.0:1; blue.1 gives 4.9:1.
// Field errors are red.8 (4.3:1); red.9 passes.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-blue-light-hover': t.colors.blue[1],
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});

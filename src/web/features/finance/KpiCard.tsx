import { Paper, Text } from '@mantine/core';
import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  /** A line under the value: what it covers, or how it compares. */
  hint?: React.ReactNode;
  /** Marks a figure that needs attention (an overrun, a loss) in red. */
  alarm?: boolean;
  children?: React.ReactNode;
};

/** One key figure: a label, the number large, a short explanation under it; one named group for assistive technology. */
export function KpiCard({ label, value, hint, alarm = false, children }: Props) {
  const id = useId();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      role="group"
      aria-labelledby={id}
      style={alarm ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}
    >
      <Text id={id} size="sm" fw={700} c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700} c={alarm ? 'red.9' : undefined} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="sm" c={alarm ? 'red.9' : 'dimmed'} component="div">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

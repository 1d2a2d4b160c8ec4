import { Paper, Text } from '@mantine/core';

type Props = {
  label: string;
  value: string;
  /** A line under the value: what it covers, or how it compares. */
  hint?: React.ReactNode;
  /** Marks a figure that needs attention (an overrun, a loss) in red. */
  alarm?: boolean;
  children?: React.ReactNode;
};

/** One key figure: a label, the number large, a short explanation under it. */
export function KpiCard({ label, value, hint, alarm = false, children }: Props) {
  return (
    <Paper withBorder p="md" radius="md" style={alarm ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}>
      <Text size="sm" fw={700} c="dimmed">
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

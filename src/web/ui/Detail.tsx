import { Text } from '@mantine/core';

/** A labelled value in a detail card: the label small and dimmed above, the value below. */
export function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700} c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

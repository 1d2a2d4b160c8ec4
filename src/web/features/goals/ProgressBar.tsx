import { Box, Group, Progress, Text } from '@mantine/core';
import type { KrStatus } from '../../../contracts/index.ts';
import { useGoalsFormat } from './format.ts';
import { STATUS_COLORS } from './StatusBadge.tsx';

type Props = {
  /** 1 = target reached; below 0 or above 1 when the metric moved the wrong way or past the target. */
  progress: number | null;
  /** Colours the bar; without one (a figure no status was rolled up for) it is neutral blue. */
  status?: KrStatus | undefined;
  /** Where the period stands (0–1): a tick on the bar shows how far progress should be by now. */
  elapsedShare?: number | undefined;
  width?: number | string;
};

/**
 * Progress as a bar between 0 and 100 % in the status colour, and the real percentage beside it as
 * text (the bar is decoration: the text says the same).
 */
export function ProgressBar({ progress, status, elapsedShare, width = '100%' }: Props) {
  const format = useGoalsFormat();
  const capped = progress === null ? 0 : Math.min(1, Math.max(0, progress)) * 100;
  return (
    <Group gap="xs" wrap="nowrap" w={width}>
      <Box pos="relative" style={{ flex: 1, minWidth: 60 }} aria-hidden>
        <Progress value={capped} size="lg" radius="sm" color={status ? STATUS_COLORS[status].background : '#1864ab'} bg="gray.2" />
        {elapsedShare !== undefined && elapsedShare > 0 && elapsedShare < 1 && (
          <Box pos="absolute" top={-3} bottom={-3} w={2} bg="dark.6" style={{ left: `calc(${elapsedShare * 100}% - 1px)` }} />
        )}
      </Box>
      <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', minWidth: 56, textAlign: 'right' }}>
        {format.progress(progress)}
      </Text>
    </Group>
  );
}

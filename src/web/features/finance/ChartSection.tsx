import { Paper, SimpleGrid, Text } from '@mantine/core';
import { Section } from '../../ui/Section.tsx';

type Props = {
  id: string;
  title: string;
  /** A sentence on how to read the chart. */
  intro?: string;
  actions?: React.ReactNode;
  /** Shown instead of chart and table when there is nothing to draw. */
  empty?: string | null;
  chart: React.ReactNode;
  table: React.ReactNode;
  /** Chart and table side by side on wide screens, for short tables. */
  side?: boolean;
};

/** A chart with its numbers in a table underneath: one picture for the eye, the same figures for everyone. */
export function ChartSection({ id, title, intro, actions, empty, chart, table, side = false }: Props) {
  return (
    <Section id={id} title={title} actions={actions}>
      {intro && (
        <Text size="sm" mb="sm">
          {intro}
        </Text>
      )}
      {empty ? (
        <Text>{empty}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: side ? 2 : 1 }} spacing="md">
          <Paper withBorder p="sm" radius="md">
            {chart}
          </Paper>
          <div>{table}</div>
        </SimpleGrid>
      )}
    </Section>
  );
}

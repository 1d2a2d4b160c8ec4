import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MATURITY_LEVELS } from '../../../contracts/index.ts';
import { LEVEL_COLORS, LEVEL_TEXT } from '../../ui/Chart.tsx';

/** A table cell coloured by maturity level, with the level as its text. */
export function LevelCell({ level, label }: { level: number | undefined; label?: string }) {
  if (level === undefined) return <Table.Td ta="center">—</Table.Td>;
  const index = Math.min(Math.max(Math.round(level), 1), 5) - 1;
  return (
    <Table.Td ta="center" fw={700} title={label} style={{ background: LEVEL_COLORS[index], color: LEVEL_TEXT[index] }}>
      {level}
    </Table.Td>
  );
}

/** What the colours of the heatmap mean. */
export function LevelLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('maturity.legend')}>
      {MATURITY_LEVELS.map((level) => (
        <Group key={level} gap={4} component="li" wrap="nowrap">
          <span aria-hidden style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background: LEVEL_COLORS[level - 1], border: '1px solid #868e96' }} />
          <Text size="sm">{t('maturity.levelN', { level })}</Text>
        </Group>
      ))}
    </Group>
  );
}

import { Card, List, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OperatingModel } from '../../../contracts/index.ts';

/** The disciplines of the model, business side and IT side next to each other. */
export function DisciplinesBySide({ disciplines }: { disciplines: OperatingModel['disciplines'] }) {
  const { t, i18n } = useTranslation();
  const label = (discipline: string) => {
    const key = `discipline.${discipline}`;
    return i18n.exists(key) ? t(key as 'discipline.product') : discipline;
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {(['business', 'it'] as const).map((side) => (
        <Card key={side} withBorder padding="md">
          <Title order={3} size="h5" mb="xs">
            {t(`side.${side}`)}
          </Title>
          <List size="sm" spacing={2}>
            {disciplines[side].map((discipline) => (
              <List.Item key={discipline}>{label(discipline)}</List.Item>
            ))}
          </List>
        </Card>
      ))}
    </SimpleGrid>
  );
}

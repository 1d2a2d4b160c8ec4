import { Badge, Card, Group, List, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaturityModel } from '../../../contracts/index.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useFormat } from '../../ui/format.ts';
import { useMaturityModelVersions } from './hooks.ts';

/** Each dimension with what its five levels look like. */
export function MaturityDimensions({ model }: { model: MaturityModel }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {model.dimensions.map((dimension) => (
        <Card key={dimension.key} withBorder padding="md" component="article" aria-labelledby={`dimension-${dimension.key}`}>
          <Title order={3} size="h4" id={`dimension-${dimension.key}`}>
            {dimension.name}
          </Title>
          {dimension.description && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {dimension.description}
            </Text>
          )}
          <List type="ordered" spacing={4} mt="sm" size="sm" aria-label={t('maturity.model.levelsOf', { name: dimension.name })}>
            {dimension.levels.map((text, i) => (
              <List.Item key={i}>
                <Text span fw={700} size="sm">
                  {t('maturity.levelN', { level: i + 1 })}:
                </Text>{' '}
                {text}
              </List.Item>
            ))}
          </List>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function MaturityModelVersions() {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useMaturityModelVersions();
  return (
    <QueryState query={versions}>
      {({ items }) => (
        <Table.ScrollContainer minWidth={500}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('maturity.model.version')}</Table.Th>
                <Table.Th>{t('maturity.model.dimensions')}</Table.Th>
                <Table.Th>{t('maturity.model.createdAt')}</Table.Th>
                <Table.Th>{t('maturity.model.createdBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...items]
                .sort((a, b) => b.version - a.version)
                .map((version) => (
                  <Table.Tr key={version.version}>
                    <Table.Td>
                      <Group gap="xs">
                        {version.version}
                        {version.current && (
                          <Badge size="sm" color="teal.9">
                            {t('maturity.model.current')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{version.dimensions.map((d) => d.name).join(', ')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(version.createdAt)}</Table.Td>
                    <Table.Td>{version.createdBy}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}

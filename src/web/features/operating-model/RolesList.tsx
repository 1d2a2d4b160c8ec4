import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatingModel } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';

/** The roles of the operating model: what each is responsible for and who holds it. */
export function RolesList({ roles }: { roles: OperatingModel['roles'] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <Text>{t('model.roles.none')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {roles.map((role) => (
        <Card key={role.key} withBorder padding="md" component="article" aria-labelledby={`role-${role.key}`}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap" mb={4}>
            <Title order={3} size="h5" id={`role-${role.key}`}>
              {role.name}
            </Title>
            {role.approver && (
              <Badge size="sm" color="blue.9" variant="filled">
                {t('model.roles.approver')}
              </Badge>
            )}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb="sm">
            {role.responsibilities || '—'}
          </Text>
          <Text size="sm" fw={700} c="dimmed">
            {t('model.roles.holders')}
          </Text>
          {role.holders.length === 0 ? (
            <Text size="sm" fs="italic">
              {t('model.roles.noHolders')}
            </Text>
          ) : (
            <Text size="sm" component="div">
              {role.holders.map((holder, index) => (
                <Fragment key={holder.id}>
                  {index > 0 && ', '}
                  <AnchorLink to="/people/$personId" params={{ personId: holder.id }} size="sm">
                    {holder.name}
                  </AnchorLink>
                </Fragment>
              ))}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}

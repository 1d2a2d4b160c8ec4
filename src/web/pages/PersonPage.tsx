import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../contracts/index.ts';
import { useMe } from '../features/auth/hooks.ts';
import { usePerson } from '../features/people/hooks.ts';
import { PersonFormModal } from '../features/people/PersonFormModal.tsx';
import { PersonMemberships } from '../features/people/PersonMemberships.tsx';
import { useFormat } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/people/$personId');

export function PersonPage() {
  const { personId } = route.useParams();
  const person = usePerson(personId);
  return <QueryState query={person}>{(data) => <PersonView person={data} />}</QueryState>;
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700} c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

function PersonView({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const [editing, setEditing] = useState(false);

  return (
    <>
      <PageHeader
        title={person.name}
        actions={
          me.abilities.managePeople && (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        {person.jobTitle && <Text mt={4}>{person.jobTitle}</Text>}
      </PageHeader>
      <Stack gap="xl">
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Detail label={t('person.email')}>{person.email}</Detail>
            <Detail label={t('person.discipline')}>{t(`discipline.${person.discipline}`)}</Detail>
            <Detail label={t('person.side')}>{t(`side.${person.side}`)}</Detail>
            <Detail label={t('person.allocationToday')}>
              <Text fw={700} fz="lg" c={person.allocation > 100 ? 'red.9' : undefined}>
                {format.percent(person.allocation)}
              </Text>
            </Detail>
          </SimpleGrid>
        </Card>
        <section aria-labelledby="memberships-heading">
          <Title order={2} size="h3" mb="sm" id="memberships-heading">
            {t('person.memberships')}
          </Title>
          <PersonMemberships memberships={person.memberships} />
        </section>
      </Stack>
      <PersonFormModal opened={editing} onClose={() => setEditing(false)} person={person} />
    </>
  );
}

import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/hooks.ts';
import { DisciplineSelect } from '../features/people/DisciplineSelect.tsx';
import { usePeople } from '../features/people/hooks.ts';
import { PeopleTable } from '../features/people/PeopleTable.tsx';
import { PersonFormModal } from '../features/people/PersonFormModal.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/people');

export function PeoplePage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const people = usePeople({ q: search.q, discipline: search.discipline });
  const [creating, setCreating] = useState(false);

  const [text, setText] = useState(search.q ?? '');
  const applyText = useDebouncedCallback(
    (q: string) => void navigate({ to: '/people', search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true }),
    300,
  );

  return (
    <>
      <PageHeader
        title={t('people.title')}
        actions={
          me.abilities.managePeople && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('people.new')}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end" role="search">
        <TextInput
          label={t('people.search')}
          placeholder={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            applyText(e.currentTarget.value);
          }}
          w={260}
        />
        <DisciplineSelect
          label={t('person.discipline')}
          placeholder={t('common.all')}
          clearable
          value={search.discipline ?? null}
          onChange={(discipline) => void navigate({ to: '/people', search: (prev) => ({ ...prev, discipline: discipline ?? undefined }), replace: true })}
          w={220}
        />
      </Group>
      <QueryState query={people}>{(page) => <PeopleTable people={page.items} />}</QueryState>
      <PersonFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(person) => void navigate({ to: '/people/$personId', params: { personId: person.id } })}
      />
    </>
  );
}

import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../contracts/index.ts';
import { useMe } from '../features/auth/hooks.ts';
import { useUsers } from '../features/users/hooks.ts';
import { UserFormModal } from '../features/users/UserFormModal.tsx';
import { UsersTable } from '../features/users/UsersTable.tsx';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

export function UsersPage() {
  const me = useMe();
  if (!me.abilities.manageUsers) return <NotAllowed />;
  return <Users />;
}

function Users() {
  const { t } = useTranslation();
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = users.data?.items.find((u) => u.id === editingId);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t('users.new')}
          </Button>
        }
      />
      <QueryState query={users}>{(data) => <UsersTable users={data.items} onEdit={(user: User) => setEditingId(user.id)} />}</QueryState>
      <UserFormModal opened={creating} onClose={() => setCreating(false)} />
      <UserFormModal opened={editing !== undefined} onClose={() => setEditingId(null)} user={editing} />
    </>
  );
}

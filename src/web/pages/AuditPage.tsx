import { Button, Center, Group, Loader, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '../features/audit/AuditTable.tsx';
import { AUDIT_ACTION_ENTITY, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, useAuditEvents, type AuditEntityType } from '../features/audit/hooks.ts';
import { VerifyChain } from '../features/audit/VerifyChain.tsx';
import { useMe } from '../features/auth/hooks.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

export function AuditPage() {
  const me = useMe();
  if (!me.abilities.readAudit) return <NotAllowed />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState<AuditEntityType | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const events = useAuditEvents({ entityType: entityType ?? undefined, action: action ?? undefined });
  const actions = AUDIT_ACTIONS.filter((a) => !entityType || AUDIT_ACTION_ENTITY[a] === entityType);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <VerifyChain />
      <Group mb="md" align="flex-end" role="search">
        <Select<AuditEntityType>
          label={t('audit.filterEntityType')}
          placeholder={t('common.all')}
          clearable
          data={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))}
          value={entityType}
          onChange={(type) => {
            setEntityType(type);
            setAction(null);
          }}
        />
        <Select
          label={t('audit.filterAction')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={actions.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
          value={action}
          onChange={setAction}
          w={260}
        />
      </Group>
      {events.isPending ? (
        <Center py="xl">
          <Loader role="status" aria-label={t('common.loading')} />
        </Center>
      ) : events.isError ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <>
          <AuditTable events={items} />
          {events.hasNextPage && (
            <Center mt="md">
              <Button variant="default" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
                {t('audit.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
    </>
  );
}

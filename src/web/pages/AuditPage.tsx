import { Button, Center, Group, Loader, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '../features/audit/AuditTable.tsx';
import { useAuditEvents } from '../features/audit/hooks.ts';
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
  const [filters, setFilters] = useState({ entityType: '', action: '' });
  const [debounced] = useDebouncedValue(filters, 300);
  const events = useAuditEvents({ entityType: debounced.entityType.trim() || undefined, action: debounced.action.trim() || undefined });
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <VerifyChain />
      <Group mb="md" align="flex-end" role="search">
        <TextInput
          label={t('audit.filterEntityType')}
          placeholder={t('audit.filterEntityTypePlaceholder')}
          value={filters.entityType}
          onChange={(e) => setFilters((f) => ({ ...f, entityType: e.currentTarget.value }))}
        />
        <TextInput
          label={t('audit.filterAction')}
          placeholder={t('audit.filterActionPlaceholder')}
          value={filters.action}
          onChange={(e) => setFilters((f) => ({ ...f, action: e.currentTarget.value }))}
        />
      </Group>
      {events.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
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

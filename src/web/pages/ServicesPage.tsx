import { Button } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/hooks.ts';
import { ConsumptionImportModal } from '../features/consumption/ConsumptionImportModal.tsx';
import { useServices, type ServiceFilters as Filters } from '../features/services/hooks.ts';
import { ServiceFilters } from '../features/services/ServiceFilters.tsx';
import { ServiceFormModal } from '../features/services/ServiceFormModal.tsx';
import { ServicesTable } from '../features/services/ServicesTable.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/services');

export function ServicesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters: Filters = { q: search.q, kind: search.kind, lifecycle: search.lifecycle, criticality: search.criticality, ownerTeamId: search.owner };
  const services = useServices(filters);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  // Filters live in the URL, like the portfolio's, so a filtered catalog can be shared.
  const [text, setText] = useState(search.q ?? '');
  const applyText = useDebouncedCallback((q: string) => void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true }), 300);

  // Steering roles manage the whole catalog; team leads add services on their team's page.
  const steering = me.abilities.createTeam;

  return (
    <>
      <PageHeader
        title={t('services.title')}
        actions={
          steering && (
            <>
              <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting(true)}>
                {t('consumption.import.action')}
              </Button>
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                {t('services.new')}
              </Button>
            </>
          )
        }
      />
      <ServiceFilters
        search={text}
        onSearch={(q) => {
          setText(q);
          applyText(q);
        }}
        filters={filters}
        onFilter={(change) =>
          void navigate({
            search: (prev) => ({
              ...prev,
              ...('kind' in change ? { kind: change.kind } : {}),
              ...('lifecycle' in change ? { lifecycle: change.lifecycle } : {}),
              ...('criticality' in change ? { criticality: change.criticality } : {}),
              ...('ownerTeamId' in change ? { owner: change.ownerTeamId } : {}),
            }),
            replace: true,
          })
        }
      />
      <QueryState query={services}>{(page) => <ServicesTable services={page.items} />}</QueryState>
      <ServiceFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(service) => void navigate({ to: '/services/$serviceId', params: { serviceId: service.id } })}
      />
      <ConsumptionImportModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}

import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningOffer } from '../../contracts/index.ts';
import { useMe } from '../features/auth/hooks.ts';
import { CompletionModal } from '../features/enablement/CompletionModal.tsx';
import { useLearningOffers } from '../features/enablement/hooks.ts';
import { OfferFormModal } from '../features/enablement/OfferFormModal.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

export function EnablementPage() {
  const { t } = useTranslation();
  const me = useMe();
  const offers = useLearningOffers();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('enablement.title')}
        actions={
          me.abilities.manageChange && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('enablement.offer.create')}
            </Button>
          )
        }
      >
        <Text mt={4}>{t('enablement.intro')}</Text>
      </PageHeader>
      <QueryState query={offers}>{({ items }) => <OffersTable offers={items} canManage={me.abilities.manageChange} />}</QueryState>
      <OfferFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function OffersTable({ offers, canManage }: { offers: LearningOffer[]; canManage: boolean }) {
  const { t } = useTranslation();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [completionsId, setCompletionsId] = useState<string | null>(null);
  const editing = offers.find((o) => o.id === editingId);
  const showing = offers.find((o) => o.id === completionsId) ?? null;
  if (offers.length === 0) return <Text>{t('enablement.none')}</Text>;
  const rows = [...offers].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t('enablement.count', { count: offers.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('enablement.offer.title')}</Table.Th>
              <Table.Th>{t('enablement.offer.expectedFor')}</Table.Th>
              <Table.Th ta="right">{t('enablement.offer.durationHours')}</Table.Th>
              <Table.Th ta="right">{t('enablement.offer.completions')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((offer) => (
              <Table.Tr key={offer.id}>
                <Table.Td>
                  <Text fw={600}>{offer.title}</Text>
                  {offer.description && (
                    <Text size="sm" lineClamp={2}>
                      {offer.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {offer.expectedFor.length === 0
                      ? '—'
                      : offer.expectedFor.map((audience) => (
                          <Badge key={audience} size="sm" variant="outline" color="blue.9">
                            {t(`audience.${audience}`)}
                          </Badge>
                        ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{offer.durationHours ?? '—'}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {offer.completions}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t(canManage ? 'enablement.completions.recordNamed' : 'enablement.completions.showNamed', { title: offer.title })}
                      onClick={() => setCompletionsId(offer.id)}
                    >
                      {canManage ? t('enablement.completions.record') : t('enablement.completions.show')}
                    </Button>
                    {canManage && (
                      <Button size="xs" variant="subtle" aria-label={t('enablement.offer.editNamed', { title: offer.title })} onClick={() => setEditingId(offer.id)}>
                        {t('common.edit')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <OfferFormModal offer={editing} opened={editing !== undefined} onClose={() => setEditingId(null)} />
      <CompletionModal offer={showing} canRecord={canManage} onClose={() => setCompletionsId(null)} />
    </>
  );
}

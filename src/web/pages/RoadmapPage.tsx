import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative, Milestone } from '../../contracts/index.ts';
import { useMe } from '../features/auth/hooks.ts';
import { useInitiatives } from '../features/roadmap/hooks.ts';
import { InitiativeCard } from '../features/roadmap/InitiativeCard.tsx';
import { InitiativeFormModal } from '../features/roadmap/InitiativeFormModal.tsx';
import { MilestoneFormModal } from '../features/roadmap/MilestoneFormModal.tsx';
import { RoadmapTimeline } from '../features/roadmap/RoadmapTimeline.tsx';
import { useFormat } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

export function RoadmapPage() {
  const { t } = useTranslation();
  const me = useMe();
  const initiatives = useInitiatives();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('roadmap.title')}
        actions={
          me.abilities.manageChange && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('roadmap.initiative.create')}
            </Button>
          )
        }
      >
        <Text mt={4}>{t('roadmap.intro')}</Text>
      </PageHeader>
      <QueryState query={initiatives}>{({ items }) => <RoadmapView initiatives={items} canManage={me.abilities.manageChange} />}</QueryState>
      <InitiativeFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function RoadmapView({ initiatives, canManage }: { initiatives: Initiative[]; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Looked up by id on every render, so a reload after a conflict hands the dialog the new version.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [milestoneTarget, setMilestoneTarget] = useState<{ initiativeId: string; milestoneId?: string } | null>(null);
  const editing = initiatives.find((i) => i.id === editingId);
  const targetInitiative = initiatives.find((i) => i.id === milestoneTarget?.initiativeId);
  const target = targetInitiative
    ? { initiative: targetInitiative, milestone: targetInitiative.milestones.find((m) => m.id === milestoneTarget?.milestoneId) }
    : null;

  if (initiatives.length === 0) return <Text>{t('roadmap.none')}</Text>;
  const overdue = initiatives
    .flatMap((initiative) => initiative.milestones.filter((m) => m.overdue && !m.doneOn).map((milestone) => ({ initiative, milestone })))
    .sort((a, b) => a.milestone.dueOn.localeCompare(b.milestone.dueOn));
  const sorted = [...initiatives].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));

  return (
    <Stack gap="xl">
      <Section id="timeline" title={t('roadmap.timeline.title')}>
        <RoadmapTimeline initiatives={initiatives} />
      </Section>
      <Section id="overdue" title={t('roadmap.overdue.title')}>
        {overdue.length === 0 ? (
          <Text>{t('roadmap.overdue.none')}</Text>
        ) : (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('roadmap.overdueCount', { count: overdue.length })}>
            <List size="sm" spacing={4}>
              {overdue.map(({ initiative, milestone }: { initiative: Initiative; milestone: Milestone }) => (
                <List.Item key={milestone.id}>
                  {t('roadmap.overdue.item', { milestone: milestone.title, initiative: initiative.title, date: format.date(milestone.dueOn) })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Section>
      <Section id="initiatives" title={t('roadmap.initiatives')}>
        <Stack gap="md">
          {sorted.map((initiative) => (
            <InitiativeCard
              key={initiative.id}
              initiative={initiative}
              canManage={canManage}
              onEdit={() => setEditingId(initiative.id)}
              onAddMilestone={() => setMilestoneTarget({ initiativeId: initiative.id })}
              onEditMilestone={(milestone) => setMilestoneTarget({ initiativeId: initiative.id, milestoneId: milestone.id })}
            />
          ))}
        </Stack>
      </Section>
      <InitiativeFormModal initiative={editing} opened={editing !== undefined} onClose={() => setEditingId(null)} />
      <MilestoneFormModal target={target} onClose={() => setMilestoneTarget(null)} />
    </Stack>
  );
}

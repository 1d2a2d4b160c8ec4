import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Initiative, Milestone } from '../../../contracts/index.ts';
import { today, useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useUpdateMilestone } from './hooks.ts';
import { InitiativeStatusBadge } from './InitiativeStatusBadge.tsx';

type Props = {
  initiative: Initiative;
  canManage: boolean;
  onEdit: () => void;
  onAddMilestone: () => void;
  onEditMilestone: (milestone: Milestone) => void;
};

export function MilestoneState({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  if (milestone.doneOn)
    return (
      <Badge size="sm" variant="filled" color="teal.9">
        {t('roadmap.milestone.done')}
      </Badge>
    );
  if (milestone.overdue)
    return (
      <Badge size="sm" variant="filled" color="red.9">
        {t('roadmap.milestone.overdue')}
      </Badge>
    );
  return (
    <Badge size="sm" variant="outline" color="blue.9">
      {t('roadmap.milestone.open')}
    </Badge>
  );
}

function DoneButton({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const update = useUpdateMilestone(milestone);
  return (
    <Button
      size="xs"
      variant="outline"
      color="teal.9"
      leftSection={<IconCheck size={14} aria-hidden />}
      loading={update.isPending}
      aria-label={t('roadmap.milestone.markDoneNamed', { title: milestone.title })}
      onClick={() => update.mutate({ doneOn: today() })}
    >
      {t('roadmap.milestone.markDone')}
    </Button>
  );
}

export function InitiativeCard({ initiative, canManage, onEdit, onAddMilestone, onEditMilestone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `initiative-${initiative.id}-heading`;
  const milestones = [...initiative.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <Card withBorder padding="md" component="article" id={`initiative-${initiative.id}`} aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={3} size="h4" id={headingId}>
              {initiative.title}
            </Title>
            <InitiativeStatusBadge status={initiative.status} />
          </Group>
          <Text size="sm" mt={4}>
            {format.date(initiative.startDate)} – {format.date(initiative.endDate)}
            {' · '}
            {t('roadmap.initiative.owner')}:{' '}
            {initiative.owner ? (
              <AnchorLink to="/people/$personId" params={{ personId: initiative.owner.id }} size="sm">
                {initiative.owner.name}
              </AnchorLink>
            ) : (
              '—'
            )}
          </Text>
          {initiative.teams.length > 0 && (
            <Text size="sm">
              {t('roadmap.initiative.teams')}:{' '}
              {initiative.teams.map((team, i) => (
                <span key={team.id}>
                  {i > 0 && ', '}
                  <AnchorLink to="/teams/$teamId" params={{ teamId: team.id }} size="sm">
                    {team.name}
                  </AnchorLink>
                </span>
              ))}
            </Text>
          )}
        </div>
        {canManage && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              aria-label={t('roadmap.initiative.editNamed', { title: initiative.title })}
              onClick={onEdit}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden />}
              aria-label={t('roadmap.milestone.addNamed', { title: initiative.title })}
              onClick={onAddMilestone}
            >
              {t('roadmap.milestone.add')}
            </Button>
          </Group>
        )}
      </Group>
      {initiative.description && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {initiative.description}
        </Text>
      )}
      <Stack gap={4} mt="sm">
        {milestones.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('roadmap.milestone.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing={4}>
              <Table.Caption>{t('roadmap.milestone.caption', { title: initiative.title })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roadmap.milestone.title')}</Table.Th>
                  <Table.Th>{t('roadmap.milestone.dueOn')}</Table.Th>
                  <Table.Th>{t('roadmap.milestone.state')}</Table.Th>
                  {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {milestones.map((milestone) => (
                  <Table.Tr key={milestone.id} bg={milestone.overdue && !milestone.doneOn ? 'red.0' : undefined}>
                    <Table.Td>{milestone.title}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(milestone.dueOn)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <MilestoneState milestone={milestone} />
                        {milestone.doneOn && <Text size="sm">{format.date(milestone.doneOn)}</Text>}
                      </Group>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {!milestone.doneOn && <DoneButton milestone={milestone} />}
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-label={t('roadmap.milestone.editNamed', { title: milestone.title })}
                            onClick={() => onEditMilestone(milestone)}
                          >
                            {t('common.edit')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../contracts/index.ts';
import { useMe } from '../auth/hooks.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { KeyResultItem } from './KeyResultItem.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type Props = {
  objective: Objective;
  expandedKeyResult: string | null;
  onToggleKeyResult: (keyResultId: string) => void;
  onEdit: () => void;
  onAddKeyResult: () => void;
  onEditKeyResult: (keyResultId: string) => void;
  /** More under the key results, e.g. the team objectives contributing to an organization objective. */
  children?: React.ReactNode;
};

/** An objective of the quarter: its attainment, what it contributes to, and its key results. */
export function ObjectiveCard({ objective, expandedKeyResult, onToggleKeyResult, onEdit, onAddKeyResult, onEditKeyResult, children }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = `objective-${objective.id}-heading`;
  const { abilities } = objective;

  return (
    <Paper component="article" withBorder radius="md" p="md" aria-labelledby={headingId} id={`objective-${objective.id}`} style={{ scrollMarginTop: 72 }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div style={{ flex: 1, minWidth: 240 }}>
            <Group gap="sm" wrap="wrap">
              <Title order={3} size="h4" id={headingId}>
                {objective.title}
              </Title>
              <StatusBadge status={objective.status} size="md" />
            </Group>
            {objective.contributesTo && (
              <Text size="sm" mt={4}>
                {t('goals.objective.contributesToLine')}{' '}
                {me.abilities.readPortfolioGoals ? (
                  <AnchorLink to="/goals" search={{ quarter: objective.contributesTo.quarter }} hash={`objective-${objective.contributesTo.id}`} size="sm" fw={600}>
                    {objective.contributesTo.title}
                  </AnchorLink>
                ) : (
                  <Text span size="sm" fw={600}>
                    {objective.contributesTo.title}
                  </Text>
                )}
              </Text>
            )}
          </div>
          <Group gap="xs">
            {abilities.update && (
              <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit} aria-label={t('goals.objective.editFor', { objective: objective.title })}>
                {t('common.edit')}
              </Button>
            )}
            {abilities.addKeyResult && (
              <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={onAddKeyResult} aria-label={t('goals.kr.actionFor', { objective: objective.title })}>
                {t('goals.kr.action')}
              </Button>
            )}
          </Group>
        </Group>
        {objective.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {objective.description}
          </Text>
        )}
        <Group gap="sm" wrap="nowrap" maw={520}>
          <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
            {t('goals.attainment')}
          </Text>
          <ProgressBar progress={objective.attainment} status={objective.status} />
        </Group>
        <Divider />
        {objective.keyResults.length === 0 ? (
          <Text size="sm">{t('goals.kr.none')}</Text>
        ) : (
          <Stack component="ul" gap="md" p={0} m={0} aria-label={t('goals.kr.listLabel', { objective: objective.title })}>
            {objective.keyResults.map((kr, i) => (
              <KeyResultItem
                key={kr.id}
                keyResult={kr}
                separated={i > 0}
                expanded={expandedKeyResult === kr.id}
                onToggle={() => onToggleKeyResult(kr.id)}
                onEdit={() => onEditKeyResult(kr.id)}
              />
            ))}
          </Stack>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

import { Button, Group, Table, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { Section } from '../../ui/Section.tsx';
import { BudgetDecisionModal, type PendingBudgetDecision } from './BudgetDecisionModal.tsx';
import { fiscalYearLabel, useFinanceFormat } from './format.ts';
import { useBudgets } from './hooks.ts';

/** Proposed budgets of every fiscal year, oldest proposal first, for the portfolio office to decide. */
export function BudgetQueue({ currency, startMonth }: { currency: Currency; startMonth: number }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const format = useFormat();
  const budgets = useBudgets({ status: 'proposed' });
  const [deciding, setDeciding] = useState<PendingBudgetDecision | null>(null);

  return (
    <Section id="budget-queue" title={t('finance.queue.title')}>
      <QueryState query={budgets}>
        {(items) =>
          items.length === 0 ? (
            <Text>{t('finance.queue.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="sm">
                <Table.Caption>{t('finance.queue.caption', { count: items.length })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('finance.portfolio.team')}</Table.Th>
                    <Table.Th>{t('finance.period.fiscalYear')}</Table.Th>
                    <Table.Th ta="right">{t('finance.queue.total')}</Table.Th>
                    <Table.Th>{t('finance.queue.proposed')}</Table.Th>
                    <Table.Th>{t('finance.budget.note')}</Table.Th>
                    <Table.Th>{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...items]
                    .sort((a, b) => (a.proposedAt ?? '').localeCompare(b.proposedAt ?? ''))
                    .map((budget) => (
                      <Table.Tr key={budget.id}>
                        <Table.Td>
                          <AnchorLink to="/teams/$teamId/finance" params={{ teamId: budget.teamId }} search={{ fiscalYear: budget.fiscalYear }} fw={600}>
                            {budget.teamName}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>{fiscalYearLabel(budget.fiscalYear, startMonth)}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {money.whole(budget.totalCents)}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{budget.proposedBy ?? '—'}</Text>
                          <Text size="xs" c="dimmed">
                            {format.dateTime(budget.proposedAt)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={2}>
                            {budget.note || '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {budget.abilities.decide ? (
                            <Group gap="xs" wrap="nowrap">
                              <Button
                                size="xs"
                                color="teal.9"
                                leftSection={<IconCheck size={14} aria-hidden />}
                                aria-label={t('finance.queue.approveFor', { team: budget.teamName })}
                                onClick={() => setDeciding({ budget, decision: 'approve' })}
                              >
                                {t('finance.decide.approve')}
                              </Button>
                              <Button
                                size="xs"
                                color="red.9"
                                variant="outline"
                                leftSection={<IconX size={14} aria-hidden />}
                                aria-label={t('finance.queue.rejectFor', { team: budget.teamName })}
                                onClick={() => setDeciding({ budget, decision: 'reject' })}
                              >
                                {t('finance.decide.reject')}
                              </Button>
                            </Group>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('finance.queue.ownProposal')}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <BudgetDecisionModal pending={deciding} currency={currency} startMonth={startMonth} onClose={() => setDeciding(null)} />
    </Section>
  );
}

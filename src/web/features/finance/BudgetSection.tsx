import { Alert, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus, IconSend, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, EXPENSE_TYPES, SaveBudget, type Budget, type CostCategory, type Currency, type ExpenseType } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { MoneyInput } from '../../ui/MoneyInput.tsx';
import { parseMoney, useMoney } from '../../ui/money.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { Section } from '../../ui/Section.tsx';
import { useForm } from '../../ui/useForm.ts';
import { BudgetDecisionModal, type PendingBudgetDecision } from './BudgetDecisionModal.tsx';
import { BudgetStatusBadge } from './BudgetStatusBadge.tsx';
import { useFinanceErrors } from './errors.ts';
import { fiscalYearLabel, useFinanceFormat } from './format.ts';
import { useSaveBudget, useSubmitBudget, useTeamBudget } from './hooks.ts';

type Props = {
  teamId: string;
  fiscalYear: number;
  startMonth: number;
  currency: Currency;
  /** May the viewer draft a budget for this team (there is none yet)? */
  canCreate: boolean;
};

const lineKey = (category: CostCategory, expenseType: ExpenseType) => `${category}.${expenseType}`;

function amountOf(budget: Budget | null, category: CostCategory, expenseType: ExpenseType): number {
  return budget?.lines.find((l) => l.category === category && l.expenseType === expenseType)?.amountCents ?? 0;
}

/** The team's budget for the fiscal year: lines per cost category × opex/capex, drafted, proposed and decided. */
export function BudgetSection(props: Props) {
  const budget = useTeamBudget(props.teamId, props.fiscalYear);
  return (
    <QueryState query={budget}>
      {(data) => <BudgetView key={`${props.fiscalYear}-${data?.version ?? 0}`} {...props} budget={data} />}
    </QueryState>
  );
}

function BudgetView({ teamId, fiscalYear, startMonth, currency, budget, canCreate }: Props & { budget: Budget | null }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState<PendingBudgetDecision | null>(null);
  const year = fiscalYearLabel(fiscalYear, startMonth);
  const canEdit = budget ? budget.abilities.edit : canCreate;

  const actions = !editing && (
    <Group gap="xs">
      {canEdit && (
        <Button variant="default" leftSection={budget ? <IconPencil size={16} aria-hidden /> : <IconPlus size={16} aria-hidden />} onClick={() => setEditing(true)}>
          {budget ? t('finance.budget.edit') : t('finance.budget.create')}
        </Button>
      )}
      {budget?.abilities.submit && <SubmitButton budget={budget} />}
      {budget?.abilities.decide && (
        <>
          <Button color="teal.9" leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setDeciding({ budget, decision: 'approve' })}>
            {t('finance.decide.approve')}
          </Button>
          <Button color="red.9" variant="outline" leftSection={<IconX size={16} aria-hidden />} onClick={() => setDeciding({ budget, decision: 'reject' })}>
            {t('finance.decide.reject')}
          </Button>
        </>
      )}
    </Group>
  );

  return (
    <Section id="budget" title={t('finance.budget.title', { year })} actions={actions}>
      {editing ? (
        <BudgetEditor teamId={teamId} fiscalYear={fiscalYear} currency={currency} budget={budget} onDone={() => setEditing(false)} />
      ) : !budget ? (
        <Text>{t('finance.budget.none', { year })}</Text>
      ) : (
        <Stack gap="sm">
          <Group gap="sm">
            <BudgetStatusBadge status={budget.status} size="md" />
            <Text size="sm">
              {budget.status === 'proposed' && t('finance.budget.proposedBy', { name: budget.proposedBy ?? '—', at: format.dateTime(budget.proposedAt) })}
              {(budget.status === 'approved' || budget.status === 'rejected') &&
                t('finance.budget.decidedBy', { name: budget.decidedBy ?? '—', at: format.dateTime(budget.decidedAt) })}
              {budget.status === 'draft' && t('finance.budget.draftHint')}
            </Text>
          </Group>
          {budget.status === 'rejected' && budget.decisionComment && (
            <Alert color="red" title={t('finance.budget.rejectedComment')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {budget.decisionComment}
              </Text>
            </Alert>
          )}
          {budget.status === 'approved' && budget.decisionComment && (
            <Text size="sm">
              {t('finance.budget.decisionComment')}: {budget.decisionComment}
            </Text>
          )}
          <BudgetLinesTable budget={budget} currency={currency} />
          {budget.status === 'approved' && budget.currentCents !== budget.totalCents && (
            <Text size="sm">{t('finance.budget.current', { current: money.whole(budget.currentCents), approved: money.whole(budget.totalCents) })}</Text>
          )}
          {budget.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <strong>{t('finance.budget.note')}:</strong> {budget.note}
            </Text>
          )}
        </Stack>
      )}
      <BudgetDecisionModal pending={deciding} currency={currency} startMonth={startMonth} onClose={() => setDeciding(null)} />
    </Section>
  );
}

function SubmitButton({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const submit = useSubmitBudget(budget);
  return (
    <Button leftSection={<IconSend size={16} aria-hidden />} loading={submit.isPending} onClick={() => submit.mutate()}>
      {t('finance.budget.submit')}
    </Button>
  );
}

function BudgetLinesTable({ budget, currency }: { budget: Budget; currency: Currency }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const num = { ta: 'right', style: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } } as const;
  const byType = (expenseType: ExpenseType) => COST_CATEGORIES.reduce((sum, c) => sum + amountOf(budget, c, expenseType), 0);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('finance.budget.linesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('finance.categories.category')}</Table.Th>
            {EXPENSE_TYPES.map((e) => (
              <Table.Th key={e} ta="right">
                {t(`finance.expenseType.${e}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('finance.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COST_CATEGORIES.map((c) => (
            <Table.Tr key={c}>
              <Table.Th scope="row" fw={400}>
                {t(`finance.category.${c}`)}
              </Table.Th>
              {EXPENSE_TYPES.map((e) => (
                <Table.Td key={e} {...num}>
                  {money.cents(amountOf(budget, c, e))}
                </Table.Td>
              ))}
              <Table.Td {...num}>{money.cents(EXPENSE_TYPES.reduce((sum, e) => sum + amountOf(budget, c, e), 0))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('finance.total')}</Table.Th>
            {EXPENSE_TYPES.map((e) => (
              <Table.Th key={e} {...num}>
                {money.cents(byType(e))}
              </Table.Th>
            ))}
            <Table.Th {...num}>{money.cents(budget.totalCents)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function BudgetEditor({ teamId, fiscalYear, currency, budget, onDone }: { teamId: string; fiscalYear: number; currency: Currency; budget: Budget | null; onDone: () => void }) {
  const localize = useFinanceErrors();
  const { t, i18n } = useTranslation();
  const money = useFinanceFormat(currency);
  const plain = useMoney();
  const language = i18n.resolvedLanguage ?? 'de';
  const save = useSaveBudget(teamId, fiscalYear, budget?.version);
  const initial: Record<string, string> = {};
  for (const c of COST_CATEGORIES) for (const e of EXPENSE_TYPES) initial[lineKey(c, e)] = amountOf(budget, c, e) ? plain.input(amountOf(budget, c, e)) : '';
  const form = useForm<Record<string, string>>({ ...initial, note: budget?.note ?? '' });
  const values = form.values;
  const cents = (c: CostCategory, e: ExpenseType) => parseMoney(values[lineKey(c, e)] ?? '', language);
  const total = COST_CATEGORIES.reduce((sum, c) => sum + EXPENSE_TYPES.reduce((s, e) => s + (cents(c, e) ?? 0), 0), 0);
  const anyInvalid = COST_CATEGORIES.some((c) => EXPENSE_TYPES.some((e) => cents(c, e) === undefined));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (anyInvalid) return;
    const lines = COST_CATEGORIES.flatMap((category) =>
      EXPENSE_TYPES.flatMap((expenseType) => {
        const amountCents = cents(category, expenseType) ?? 0;
        return amountCents > 0 ? [{ category, expenseType, amountCents }] : [];
      }),
    );
    const input = form.validate(SaveBudget, { lines, note: values.note });
    if (input) save.mutate(input, { onSuccess: onDone, onError: (error) => form.showServerError(localize(error)) });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('finance.budget.editLabel')}>
      <Stack>
        <Text size="sm">{t('finance.budget.editIntro')}</Text>
        <FormError message={form.formError} />
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.categories.category')}</Table.Th>
                {EXPENSE_TYPES.map((e) => (
                  <Table.Th key={e}>{t(`finance.expenseType.${e}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {COST_CATEGORIES.map((c) => (
                <Table.Tr key={c}>
                  <Table.Th scope="row" fw={400}>
                    {t(`finance.category.${c}`)}
                  </Table.Th>
                  {EXPENSE_TYPES.map((e) => (
                    <Table.Td key={e}>
                      <MoneyInput
                        aria-label={t('finance.budget.lineLabel', { category: t(`finance.category.${c}`), type: t(`finance.expenseType.${e}`) })}
                        rightSection={<span aria-hidden>{money.symbol}</span>}
                        value={values[lineKey(c, e)] ?? ''}
                        onChange={(text) => form.setField(lineKey(c, e), text)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('finance.total')}</Table.Th>
                {EXPENSE_TYPES.map((e) => (
                  <Table.Th key={e}>{money.cents(COST_CATEGORIES.reduce((sum, c) => sum + (cents(c, e) ?? 0), 0))}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <Text fw={700} aria-live="polite">
          {t('finance.budget.editTotal', { total: money.cents(total) })}
        </Text>
        <Textarea
          label={t('finance.budget.note')}
          description={t('finance.budget.noteHint')}
          autosize
          minRows={2}
          value={values.note}
          onChange={(e) => form.setField('note', e.currentTarget.value)}
          error={form.errors.note}
        />
        <FormActions onCancel={onDone} saving={save.isPending} submitLabel={t('finance.budget.save')} />
      </Stack>
    </form>
  );
}

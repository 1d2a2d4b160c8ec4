import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DecideBudget, type Budget, type Currency } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { FormError } from '../../ui/FormParts.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useFinanceErrors } from './errors.ts';
import { fiscalYearLabel, useFinanceFormat } from './format.ts';
import { useDecideBudget } from './hooks.ts';

export type PendingBudgetDecision = { budget: Budget; decision: 'approve' | 'reject' };

type Props = { pending: PendingBudgetDecision | null; currency: Currency; startMonth: number; onClose: () => void };

/** The portfolio office approves or rejects a proposed budget, with a comment for the team. */
export function BudgetDecisionModal({ pending, currency, startMonth, onClose }: Props) {
  const { t } = useTranslation();
  const title = pending ? t(pending.decision === 'approve' ? 'finance.decide.approveTitle' : 'finance.decide.rejectTitle', { team: pending.budget.teamName }) : '';
  return (
    <AppModal opened={pending !== null} onClose={onClose} title={title}>
      {pending && <DecisionForm key={pending.budget.id + pending.decision} pending={pending} currency={currency} startMonth={startMonth} onDone={onClose} />}
    </AppModal>
  );
}

function DecisionForm({ pending, currency, startMonth, onDone }: { pending: PendingBudgetDecision; currency: Currency; startMonth: number; onDone: () => void }) {
  const localize = useFinanceErrors();
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const decide = useDecideBudget(pending.budget);
  const form = useForm({ comment: '' });
  const approve = pending.decision === 'approve';

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // The portfolio office says why it rejects: the team has to know what to change.
    const schema = approve ? DecideBudget : DecideBudget.extend({ comment: z.string().trim().min(1) });
    const input = form.validate(schema, { decision: pending.decision, comment: form.values.comment });
    if (input) decide.mutate(input, { onSuccess: onDone, onError: (error) => form.showServerError(localize(error)) });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          {t(approve ? 'finance.decide.approveIntro' : 'finance.decide.rejectIntro', {
            team: pending.budget.teamName,
            year: fiscalYearLabel(pending.budget.fiscalYear, startMonth),
            total: money.whole(pending.budget.totalCents),
          })}
        </Text>
        <FormError message={form.formError} />
        <Textarea
          label={t('finance.decide.comment')}
          description={approve ? t('finance.decide.approveHint') : t('finance.decide.rejectHint')}
          required={!approve}
          autosize
          minRows={3}
          value={form.values.comment}
          onChange={(e) => form.setField('comment', e.currentTarget.value)}
          error={form.errors.comment}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={approve ? 'teal.9' : 'red.9'} loading={decide.isPending}>
            {approve ? t('finance.decide.approve') : t('finance.decide.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

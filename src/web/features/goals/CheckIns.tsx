import { Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CHECK_IN_CONFIDENCES, CheckInCreate, type CheckIn, type KeyResult } from '../../../contracts/index.ts';
import { FormError } from '../../ui/FormParts.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { RadioFieldset } from '../../ui/RadioFieldset.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useGoalsErrors } from './errors.ts';
import { useGoalsFormat } from './format.ts';
import { useCheckIn, useCheckIns } from './hooks.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** What was said about the key result over time, each with its figures at that moment. */
export function CheckInHistory({ keyResult }: { keyResult: KeyResult }) {
  const { t } = useTranslation();
  const checkIns = useCheckIns(keyResult.id);
  const headingId = `check-ins-${keyResult.id}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('goals.checkIn.historyTitle')}
      </Title>
      <QueryState query={checkIns}>
        {(items) => (items.length === 0 ? <Text size="sm">{t('goals.checkIn.none')}</Text> : <CheckInTable checkIns={items} keyResult={keyResult} />)}
      </QueryState>
    </section>
  );
}

function CheckInTable({ checkIns, keyResult }: { checkIns: CheckIn[]; keyResult: KeyResult }) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('goals.checkIn.tableCaption', { keyResult: keyResult.title })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('goals.checkIn.when')}</Table.Th>
            <Table.Th>{t('goals.checkIn.by')}</Table.Th>
            <Table.Th ta="right">{t('goals.checkIn.value')}</Table.Th>
            <Table.Th ta="right">{t('goals.kr.progress')}</Table.Th>
            <Table.Th>{t('goals.kr.status')}</Table.Th>
            <Table.Th>{t('goals.checkIn.confidence')}</Table.Th>
            <Table.Th>{t('goals.checkIn.comment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checkIns.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{goals.at(c.createdAt)}</Table.Td>
              <Table.Td>{c.createdBy}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {goals.value(c.value, keyResult.metric.unit)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {goals.progress(c.progress)}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} size="xs" />
              </Table.Td>
              <Table.Td>{c.confidence ? t(`goals.checkIn.confidenceLevel.${c.confidence}`) : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.comment}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A short comment on where the key result stands, with how confident the team is; the figures are taken as they are now. */
export function CheckInForm({ keyResult }: { keyResult: KeyResult }) {
  const { t } = useTranslation();
  const localize = useGoalsErrors();
  const checkIn = useCheckIn(keyResult.id);
  const form = useForm({ comment: '', confidence: 'none' as string });
  const headingId = `check-in-form-${keyResult.id}-heading`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(CheckInCreate, { comment: form.values.comment, confidence: form.values.confidence === 'none' ? null : form.values.confidence });
    if (!input) return;
    checkIn.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('goals.checkIn.saved') });
        form.reset();
      },
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('goals.checkIn.formTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <FormError message={form.formError} />
          <Textarea
            label={t('goals.checkIn.comment')}
            description={t('goals.checkIn.commentHint')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={form.values.comment}
            onChange={(e) => form.setField('comment', e.currentTarget.value)}
            error={form.errors.comment}
          />
          <RadioFieldset
            legend={t('goals.checkIn.confidence')}
            horizontal
            value={form.values.confidence}
            onChange={(confidence) => form.setField('confidence', confidence)}
            error={form.errors.confidence}
            options={[
              ...CHECK_IN_CONFIDENCES.map((c) => ({ value: c, label: t(`goals.checkIn.confidenceLevel.${c}`) })),
              { value: 'none', label: t('goals.checkIn.confidenceLevel.none') },
            ]}
          />
          <Group>
            <Button type="submit" loading={checkIn.isPending}>
              {t('goals.checkIn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

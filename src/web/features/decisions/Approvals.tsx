import { Badge, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { ApprovalCreate, type Approval, type Decision } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { useFormat } from '../../ui/format.ts';
import { useForm } from '../../ui/useForm.ts';
import { useRecordApproval } from './hooks.ts';

export function ApprovalsTable({ approvals, roleName }: { approvals: Approval[]; roleName: (key: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (approvals.length === 0) return <Text>{t('approval.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('approval.approver')}</Table.Th>
            <Table.Th>{t('approval.role')}</Table.Th>
            <Table.Th>{t('approval.verdict')}</Table.Th>
            <Table.Th>{t('approval.comment')}</Table.Th>
            <Table.Th>{t('approval.at')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {approvals.map((approval) => (
            <Table.Tr key={approval.id}>
              <Table.Td fw={600}>{approval.approver.name}</Table.Td>
              <Table.Td>{roleName(approval.approverRole)}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="filled" color={approval.verdict === 'approve' ? 'teal.9' : 'red.9'}>
                  {t(`approval.verdicts.${approval.verdict}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{approval.comment || '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(approval.at)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export type PendingVerdict = { role: string; verdict: 'approve' | 'reject' };

type ModalProps = { decision: Decision; pending: PendingVerdict | null; roleName: (key: string) => string; onClose: () => void };

export function ApprovalModal({ decision, pending, roleName, onClose }: ModalProps) {
  const { t } = useTranslation();
  const title = pending
    ? t(pending.verdict === 'approve' ? 'approval.approveAs' : 'approval.rejectAs', { role: roleName(pending.role) })
    : '';
  return (
    <AppModal opened={pending !== null} onClose={onClose} title={title}>
      {pending && <ApprovalForm decision={decision} pending={pending} onDone={onClose} />}
    </AppModal>
  );
}

function ApprovalForm({ decision, pending, onDone }: { decision: Decision; pending: PendingVerdict; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordApproval(decision);
  const form = useForm({ comment: '' });
  const approve = pending.verdict === 'approve';

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(ApprovalCreate, { approverRole: pending.role, verdict: pending.verdict, comment: form.values.comment });
    if (input) record.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t(approve ? 'approval.approveIntro' : 'approval.rejectIntro', { title: decision.title })}</Text>
        <FormError message={form.formError} />
        <Textarea
          label={t('approval.comment')}
          description={approve ? t('approval.commentHint') : t('approval.rejectHint')}
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
          <Button type="submit" color={approve ? 'teal.9' : 'red.9'} loading={record.isPending}>
            {approve ? t('approval.approve') : t('approval.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { CompletionCreate, type LearningOffer } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { today, useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { useForm } from '../../ui/useForm.ts';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { useOfferCompletions, useRecordCompletion } from './hooks.ts';

type Props = { offer: LearningOffer | null; canRecord: boolean; onClose: () => void };

/** Who completed an offer, and (for those who run the programme) a form to record one more. */
export function CompletionModal({ offer, canRecord, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={offer !== null} onClose={onClose} title={offer ? t('enablement.completions.title', { title: offer.title }) : ''} size="lg">
      {offer && <CompletionView offer={offer} canRecord={canRecord} />}
    </AppModal>
  );
}

function CompletionView({ offer, canRecord }: { offer: LearningOffer; canRecord: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const completions = useOfferCompletions(offer.id);
  return (
    <Stack>
      {canRecord && <RecordForm offer={offer} done={completions.data?.items.map((c) => c.personId) ?? []} />}
      <Title order={3} size="h4">
        {t('enablement.completions.list')}
      </Title>
      <QueryState query={completions}>
        {({ items }) =>
          items.length === 0 ? (
            <Text>{t('enablement.completions.none')}</Text>
          ) : (
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('enablement.completions.person')}</Table.Th>
                  <Table.Th>{t('enablement.completions.completedOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...items]
                  .sort((a, b) => b.completedOn.localeCompare(a.completedOn))
                  .map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <AnchorLink to="/people/$personId" params={{ personId: c.personId }}>
                          {c.personName}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{format.date(c.completedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}

function RecordForm({ offer, done }: { offer: LearningOffer; done: string[] }) {
  const { t } = useTranslation();
  const record = useRecordCompletion(offer.id);
  const form = useForm({ personId: null as string | null, completedOn: today() });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(CompletionCreate, form.values);
    if (input) record.mutate(input, { onSuccess: () => form.reset({ personId: null, completedOn: form.values.completedOn }), onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-completion-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="record-completion-heading">
          {t('enablement.completions.record')}
        </Title>
        <FormError message={form.formError} />
        <Group align="flex-start" grow>
          <PersonSelect
            label={t('enablement.completions.person')}
            required
            exclude={done}
            value={form.values.personId}
            onChange={(id) => form.setField('personId', id)}
            error={form.errors.personId}
          />
          <TextInput
            type="date"
            label={t('enablement.completions.completedOn')}
            required
            value={form.values.completedOn}
            onChange={(e) => form.setField('completedOn', e.currentTarget.value)}
            error={form.errors.completedOn}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('enablement.completions.recordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Checkbox, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, LearningOfferCreate, LearningOfferUpdate, type LearningOffer } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useSaveOffer } from './hooks.ts';

type Audience = (typeof AUDIENCES)[number];
type Values = { title: string; description: string; expectedFor: Audience[]; durationHours: number | string };

export function OfferFormModal({ offer, opened, onClose }: { offer?: LearningOffer; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={offer ? t('enablement.offer.editTitle') : t('enablement.offer.createTitle')} size="lg">
      {opened && <OfferForm offer={offer} onDone={onClose} />}
    </AppModal>
  );
}

function OfferForm({ offer, onDone }: { offer?: LearningOffer; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveOffer(offer);
  const initial: Values = offer
    ? { title: offer.title, description: offer.description, expectedFor: offer.expectedFor, durationHours: offer.durationHours ?? '' }
    : { title: '', description: '', expectedFor: [], durationHours: '' };
  const form = useForm<Values>(initial);
  const { values } = form;
  const toInput = (v: Values) => ({
    title: v.title,
    description: v.description,
    expectedFor: v.expectedFor,
    durationHours: typeof v.durationHours === 'number' ? v.durationHours : null,
  });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const next = toInput(values);
    if (!offer) {
      const input = form.validate(LearningOfferCreate, next);
      if (input) save.mutate(input, { onSuccess: onDone, onError: form.showServerError });
      return;
    }
    const before = toInput(initial);
    const diff = Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof typeof before])));
    if (Object.keys(diff).length === 0) return onDone();
    const input = form.validate(LearningOfferUpdate, diff);
    if (input) save.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          label={t('enablement.offer.title')}
          required
          value={values.title}
          onChange={(e) => form.setField('title', e.currentTarget.value)}
          error={form.errors.title}
          maxLength={200}
          data-autofocus
        />
        <Textarea
          label={t('enablement.offer.description')}
          autosize
          minRows={3}
          value={values.description}
          onChange={(e) => form.setField('description', e.currentTarget.value)}
          error={form.errors.description}
        />
        <Checkbox.Group
          label={t('enablement.offer.expectedFor')}
          description={t('enablement.offer.expectedForHint')}
          value={values.expectedFor}
          onChange={(value) => form.setField('expectedFor', value as Audience[])}
          error={form.errors.expectedFor}
        >
          <Stack gap="xs" mt={6}>
            {AUDIENCES.map((audience) => (
              <Checkbox key={audience} value={audience} label={t(`audience.${audience}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <NumberInput
          label={t('enablement.offer.durationHours')}
          min={1}
          max={1000}
          allowDecimal={false}
          value={values.durationHours}
          onChange={(value) => form.setField('durationHours', value)}
          error={form.errors.durationHours}
          w={220}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {offer ? t('common.save') : t('enablement.offer.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MaturityModelUpdate, type MaturityModel } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { FieldGroup } from '../../ui/FieldGroup.tsx';
import { useForm } from '../../ui/useForm.ts';
import { keyFromName, uniqueKey } from '../operating-model/hooks.ts';
import { useUpdateMaturityModel } from './hooks.ts';

type DimensionValues = { key: string; isNew: boolean; name: string; description: string; levels: string[] };
type Values = { dimensions: DimensionValues[] };

const emptyDimension = (): DimensionValues => ({ key: '', isNew: true, name: '', description: '', levels: ['', '', '', '', ''] });

export function MaturityModelEditModal({ model, opened, onClose }: { model: MaturityModel; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('maturity.model.edit.title')} size="xl">
      {opened && <ModelForm model={model} onDone={onClose} />}
    </AppModal>
  );
}

function ModelForm({ model, onDone }: { model: MaturityModel; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateMaturityModel(model);
  const form = useForm<Values>({ dimensions: model.dimensions.map((d) => ({ ...d, levels: [...d.levels], isNew: false })) });
  const { dimensions } = form.values;
  const set = (index: number, change: Partial<DimensionValues>) =>
    form.setField('dimensions', dimensions.map((d, i) => (i === index ? { ...d, ...change } : d)));
  const err = (path: string, keyPath?: string) => form.errors[path] ?? (keyPath ? form.errors[keyPath] : undefined);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // Existing keys stay, so assessments of earlier versions still line up; new ones come from the name.
    const taken = dimensions.filter((d) => !d.isNew).map((d) => d.key);
    const withKeys = dimensions.map(({ isNew, ...d }) => {
      if (!isNew) return d;
      const key = uniqueKey(keyFromName(d.name) || 'dimension', taken);
      taken.push(key);
      return { ...d, key };
    });
    const input = form.validate(MaturityModelUpdate, { dimensions: withKeys });
    if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('maturity.model.edit.hint', { version: model.version + 1 })}</Text>
        <FormError message={form.formError} />
        {dimensions.map((dimension, index) => (
          <Paper key={index} withBorder p="md">
            <Stack gap="sm">
              <Group align="flex-start" wrap="nowrap">
                <TextInput
                  label={t('maturity.model.name')}
                  required
                  value={dimension.name}
                  onChange={(e) => set(index, { name: e.currentTarget.value })}
                  error={err(`dimensions.${index}.name`, `dimensions.${index}.key`)}
                  description={dimension.isNew ? undefined : t('model.keyHint', { key: dimension.key })}
                  maxLength={120}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  mt={26}
                  aria-label={t('maturity.model.remove', { name: dimension.name || index + 1 })}
                  onClick={() => form.setField('dimensions', dimensions.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <Textarea
                label={t('maturity.model.description')}
                autosize
                minRows={2}
                value={dimension.description}
                onChange={(e) => set(index, { description: e.currentTarget.value })}
                error={err(`dimensions.${index}.description`)}
              />
              <FieldGroup legend={t('maturity.model.levelsOf', { name: dimension.name || index + 1 })}>
                <Stack gap="xs">
                  {dimension.levels.map((text, level) => (
                    <Textarea
                      key={level}
                      label={t('maturity.levelN', { level: level + 1 })}
                      required
                      autosize
                      minRows={1}
                      value={text}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        set(index, { levels: dimension.levels.map((l, i) => (i === level ? value : l)) });
                      }}
                      error={err(`dimensions.${index}.levels.${level}`)}
                    />
                  ))}
                </Stack>
              </FieldGroup>
            </Stack>
          </Paper>
        ))}
        {form.errors.dimensions && (
          <Text size="sm" c="var(--mantine-color-error)">
            {form.errors.dimensions}
          </Text>
        )}
        <div>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.setField('dimensions', [...dimensions, emptyDimension()])}>
            {t('maturity.model.add')}
          </Button>
        </div>
        <FormActions onCancel={onDone} saving={update.isPending} submitLabel={t('maturity.model.edit.submit')} />
      </Stack>
    </form>
  );
}

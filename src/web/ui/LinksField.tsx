import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FieldGroup } from './FieldGroup.tsx';

export type LinkValue = { label: string; url: string };

type Props = {
  value: LinkValue[];
  onChange: (links: LinkValue[]) => void;
  /** Messages by path below the field, e.g. `links.0.url` (as the contract and the server name them). */
  errors: Partial<Record<string, string>>;
  field?: string;
};

/** A list of labelled links (documentation, runbook, ticket) with add and remove. */
export function LinksField({ value, onChange, errors, field = 'links' }: Props) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<LinkValue>) => onChange(value.map((link, i) => (i === index ? { ...link, ...change } : link)));
  return (
    <FieldGroup legend={t('links.title')}>
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('links.none')}
          </Text>
        )}
        {value.map((link, index) => (
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={t('links.label')}
              value={link.label}
              onChange={(e) => set(index, { label: e.currentTarget.value })}
              error={errors[`${field}.${index}.label`]}
              maxLength={120}
              w={200}
            />
            <TextInput
              label={t('links.url')}
              type="url"
              placeholder="https://"
              value={link.url}
              onChange={(e) => set(index, { url: e.currentTarget.value })}
              error={errors[`${field}.${index}.url`]}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              mt={26}
              size="lg"
              aria-label={t('links.remove', { number: index + 1 })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {errors[field] && (
          <Text size="sm" c="var(--mantine-color-error)">
            {errors[field]}
          </Text>
        )}
        <div>
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...value, { label: '', url: '' }])}>
            {t('links.add')}
          </Button>
        </div>
      </Stack>
    </FieldGroup>
  );
}

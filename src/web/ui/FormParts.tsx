import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The form-level message (a conflict, a rule the server refused), shown above the fields. */
export function FormError({ message, mb }: { message: string | null | undefined; mb?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" {...(mb ? { mb } : {})}>
      {message}
    </Alert>
  );
}

/** Cancel and submit at the foot of a form; the submit button shows progress while saving. */
export function FormActions({ onCancel, saving, submitLabel, mt }: { onCancel: () => void; saving: boolean; submitLabel?: string; mt?: string }) {
  const { t } = useTranslation();
  return (
    <Group {...(mt ? { mt } : {})} justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}

import { Alert, Button, Stack } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useVerifyAudit } from './hooks.ts';

/** Re-computes the hash chain on the server and says whether any event was altered. */
export function VerifyChain() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack gap="sm" mb="lg">
      <div>
        <Button leftSection={<IconShieldCheck size={18} aria-hidden />} variant="outline" loading={verify.isPending} onClick={() => verify.mutate()}>
          {t('audit.verify.action')}
        </Button>
      </div>
      <div aria-live="polite">
        {verify.isError && <ErrorAlert error={verify.error} />}
        {result &&
          (result.ok ? (
            <Alert color="teal" title={t('audit.verify.okTitle')}>
              {t('audit.verify.ok', { count: result.checked })}
            </Alert>
          ) : (
            <Alert color="red" title={t('audit.verify.brokenTitle')}>
              {t('audit.verify.broken', { seq: result.brokenAt ?? '?', checked: result.checked })}
              {result.reason && ` ${result.reason}`}
            </Alert>
          ))}
      </div>
    </Stack>
  );
}

import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { problemMessage } from './problem.ts';

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('errors.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{problemMessage(error, t)}</Text>
        {requestId && (
          <Text size="xs">
            {t('errors.requestId')}: <code>{requestId}</code>
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

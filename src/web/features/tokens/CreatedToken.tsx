import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The secret is only returned once by the API; this is the user's one chance to copy it. */
export function CreatedToken({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('tokens.created.title', { name })} mb="lg">
      <Stack gap="sm">
        <Text size="sm" c="dark.9">
          {t('tokens.created.warning')}
        </Text>
        <Code block aria-label={t('tokens.created.value')} style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {token}
        </Code>
        <Group>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal.9' : undefined}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
              >
                {copied ? t('tokens.created.copied') : t('tokens.created.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDismiss}>
            {t('tokens.created.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { LoginForm } from '../features/auth/LoginForm.tsx';

const route = getRouteApi('/login');

/** Only same-site paths are followed after login, so the parameter cannot send users elsewhere. */
const safeRedirect = (target: string | undefined) => (target && target.startsWith('/') && !target.startsWith('//') ? target : '/');

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const router = useRouter();

  useEffect(() => {
    document.title = `${t('login.title')} · Tandem`;
  }, [t]);

  return (
    <Center mih="100vh" bg="gray.1" p="md" component="main">
      <Stack w="100%" maw={420}>
        <Group justify="space-between">
          <Text fw={800} fz={28} c="blue.9">
            Tandem
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb={4}>
            {t('login.title')}
          </Title>
          <Text size="sm" mb="lg">
            {t('login.intro')}
          </Text>
          <LoginForm onSuccess={() => router.history.push(safeRedirect(redirect))} />
        </Paper>
      </Stack>
    </Center>
  );
}

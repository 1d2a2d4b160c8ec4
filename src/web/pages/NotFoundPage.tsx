import { Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../ui/links.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" component="main">
      <Stack align="center">
        <Title order={1}>{t('notFound.title')}</Title>
        <Text>{t('notFound.body')}</Text>
        <ButtonLink to="/">{t('notFound.back')}</ButtonLink>
      </Stack>
    </Center>
  );
}

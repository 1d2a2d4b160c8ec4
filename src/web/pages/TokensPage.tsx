import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatedToken } from '../features/tokens/CreatedToken.tsx';
import { useTokens } from '../features/tokens/hooks.ts';
import { TokenCreateForm } from '../features/tokens/TokenCreateForm.tsx';
import { TokensTable } from '../features/tokens/TokensTable.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

export function TokensPage() {
  const { t } = useTranslation();
  const tokens = useTokens();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  return (
    <>
      <PageHeader title={t('tokens.title')}>
        <Text mt={4}>{t('tokens.intro')}</Text>
      </PageHeader>
      <Stack gap="xl">
        {created && <CreatedToken name={created.name} token={created.token} onDismiss={() => setCreated(null)} />}
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('tokens.createTitle')}
          </Title>
          <TokenCreateForm onCreated={({ name, token }) => setCreated({ name, token })} />
        </Paper>
        <section aria-labelledby="tokens-heading">
          <Title order={2} size="h3" mb="sm" id="tokens-heading">
            {t('tokens.listTitle')}
          </Title>
          <QueryState query={tokens}>{(data) => <TokensTable tokens={data.items} />}</QueryState>
        </section>
      </Stack>
    </>
  );
}

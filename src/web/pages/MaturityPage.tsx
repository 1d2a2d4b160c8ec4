import { Stack, Text } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MaturityDistribution } from '../features/maturity/MaturityDistribution.tsx';
import { MaturityHeatmap } from '../features/maturity/MaturityHeatmap.tsx';
import { useMaturityPortfolio } from '../features/maturity/hooks.ts';
import { ButtonLink } from '../ui/links.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

export function MaturityPage() {
  const { t } = useTranslation();
  const portfolio = useMaturityPortfolio();
  return (
    <>
      <PageHeader
        title={t('maturity.title')}
        actions={
          <ButtonLink to="/change/model" variant="default" leftSection={<IconBooks size={16} aria-hidden />}>
            {t('maturity.model.title')}
          </ButtonLink>
        }
      >
        <Text mt={4}>{t('maturity.intro')}</Text>
      </PageHeader>
      <QueryState query={portfolio}>
        {(data) => (
          <Stack gap="xl">
            <Section id="heatmap" title={t('maturity.heatmapTitle')}>
              <Text size="sm" mb="sm">
                {t('maturity.heatmapIntro', { version: data.model.version })}
              </Text>
              <MaturityHeatmap portfolio={data} />
            </Section>
            <Section id="distribution" title={t('maturity.distribution.title')}>
              <MaturityDistribution portfolio={data} />
            </Section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}

import { Button, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaturityModel } from '../../contracts/index.ts';
import { useMe } from '../features/auth/hooks.ts';
import { useMaturityModel } from '../features/maturity/hooks.ts';
import { MaturityModelEditModal } from '../features/maturity/MaturityModelEditModal.tsx';
import { MaturityDimensions, MaturityModelVersions } from '../features/maturity/MaturityModelView.tsx';
import { useFormat } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

export function MaturityModelPage() {
  const model = useMaturityModel();
  return <QueryState query={model}>{(data) => <ModelView model={data} />}</QueryState>;
}

function ModelView({ model }: { model: MaturityModel }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageHeader
        title={t('maturity.model.title')}
        actions={
          me.abilities.manageChange && (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('maturity.model.edit.action')}
            </Button>
          )
        }
      >
        <Text mt={4}>{t('maturity.model.intro')}</Text>
        <Text mt={4} size="sm">
          {t('maturity.model.versionLine', { version: model.version, date: format.dateTime(model.createdAt), by: model.createdBy })}
        </Text>
      </PageHeader>
      <Stack gap="xl">
        <Section id="dimensions" title={t('maturity.model.dimensions')}>
          <MaturityDimensions model={model} />
        </Section>
        <Section id="versions" title={t('maturity.model.versions')}>
          <MaturityModelVersions />
        </Section>
      </Stack>
      <MaturityModelEditModal model={model} opened={editing} onClose={() => setEditing(false)} />
    </>
  );
}

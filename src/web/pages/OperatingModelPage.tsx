import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatingModel } from '../../contracts/index.ts';
import { CadencesTable } from '../features/operating-model/CadencesTable.tsx';
import { DecisionRights, RuleVersions } from '../features/operating-model/DecisionRights.tsx';
import { DisciplinesBySide } from '../features/operating-model/DisciplinesBySide.tsx';
import { useOperatingModel } from '../features/operating-model/hooks.ts';
import { ModelEditModal } from '../features/operating-model/ModelEditModal.tsx';
import { RolesList } from '../features/operating-model/RolesList.tsx';
import { RulesEditModal } from '../features/operating-model/RulesEditModal.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

export function OperatingModelPage() {
  const model = useOperatingModel();
  return <QueryState query={model}>{(data) => <ModelView model={data} />}</QueryState>;
}

function Section({ id, title, actions, children }: { id: string; title: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={`${id}-heading`}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </section>
  );
}

function ModelView({ model }: { model: OperatingModel }) {
  const { t } = useTranslation();
  const [editingModel, setEditingModel] = useState(false);
  const [editingRules, setEditingRules] = useState(false);
  const canEdit = model.abilities.update;

  return (
    <>
      <PageHeader
        title={t('model.title')}
        actions={
          canEdit && (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditingModel(true)}>
              {t('model.edit.action')}
            </Button>
          )
        }
      >
        <Text mt={4}>{t('model.intro')}</Text>
      </PageHeader>
      <Stack gap="xl">
        <Section id="roles" title={t('model.roles.title')}>
          <RolesList roles={model.roles} />
        </Section>
        <Section
          id="rules"
          title={t('model.rules.title')}
          actions={
            canEdit && (
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditingRules(true)}>
                {t('model.rules.edit.action')}
              </Button>
            )
          }
        >
          <DecisionRights model={model} />
        </Section>
        <Section id="cadences" title={t('model.cadences.title')}>
          <CadencesTable cadences={model.cadences} />
        </Section>
        <Section id="disciplines" title={t('model.disciplines.title')}>
          <DisciplinesBySide disciplines={model.disciplines} />
        </Section>
        <Section id="rule-versions" title={t('model.rules.versions')}>
          <RuleVersions model={model} />
        </Section>
      </Stack>
      <ModelEditModal model={model} opened={editingModel} onClose={() => setEditingModel(false)} />
      <RulesEditModal model={model} opened={editingRules} onClose={() => setEditingRules(false)} />
    </>
  );
}

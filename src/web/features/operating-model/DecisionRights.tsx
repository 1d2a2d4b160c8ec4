import { Accordion, Card, Group, List, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DecisionRuleSet, OperatingModel } from '../../../contracts/index.ts';
import { Detail } from '../../ui/Detail.tsx';
import { useFormat } from '../../ui/format.ts';
import { useMoney } from '../../ui/money.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useRuleVersions } from './hooks.ts';
import { useRuleText } from './rules.ts';

/** The rules of one rule set as sentences, each with its name. */
export function RuleSentences({ ruleSet, roles }: { ruleSet: Pick<DecisionRuleSet, 'rules'>; roles: OperatingModel['roles'] }) {
  const { t } = useTranslation();
  const text = useRuleText(roles);
  if (ruleSet.rules.length === 0) return <Text>{t('model.rules.none')}</Text>;
  return (
    <List
      spacing="sm"
      icon={
        <ThemeIcon size={20} radius="xl" color="blue.9" aria-hidden>
          <IconArrowRight size={14} />
        </ThemeIcon>
      }
    >
      {ruleSet.rules.map((rule) => (
        <List.Item key={rule.key}>
          <Text fw={600}>{text.sentence(rule)}</Text>
          <Text size="sm" c="dimmed">
            {rule.name}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Limits and rules that decide whether a decision is the team's own call or needs an approval. */
export function DecisionRights({ model }: { model: OperatingModel }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const rules = model.decisionRules;
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
        <Detail label={t('model.rules.defaultLimit')}>
          <Text fw={700} fz="lg">
            {money.cents(rules.defaultAutonomyLimitCents)}
          </Text>
        </Detail>
        <Detail label={t('model.waitDays')}>
          <Text fw={700} fz="lg">
            {t('model.days', { count: model.decisionWaitDays })}
          </Text>
        </Detail>
        <Detail label={t('model.rules.version')}>
          {t('model.rules.versionLine', { version: rules.version, date: format.dateTime(rules.createdAt), by: rules.createdBy })}
        </Detail>
      </SimpleGrid>
      <Text size="sm" mb="sm">
        {t('model.rules.intro')}
      </Text>
      <RuleSentences ruleSet={rules} roles={model.roles} />
    </Card>
  );
}

/** Every version of the decision rights, newest first; decisions name the version they were judged by. */
export function RuleVersions({ model }: { model: OperatingModel }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const versions = useRuleVersions();
  return (
    <QueryState query={versions}>
      {(data) => (
        <Accordion variant="separated" order={3}>
          {[...data.items]
            .sort((a, b) => b.version - a.version)
            .map((ruleSet) => (
              <Accordion.Item key={ruleSet.version} value={String(ruleSet.version)}>
                <Accordion.Control>
                  <Group gap="xs">
                    <Text fw={600}>{t('model.rules.versionNumber', { version: ruleSet.version })}</Text>
                    <Text size="sm">
                      {t('model.rules.versionBy', { date: format.dateTime(ruleSet.createdAt), by: ruleSet.createdBy })}
                      {ruleSet.version === model.decisionRules.version && ` · ${t('model.rules.current')}`}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Text size="sm" mb="sm">
                    {t('model.rules.defaultLimit')}: {money.cents(ruleSet.defaultAutonomyLimitCents)}
                  </Text>
                  <RuleSentences ruleSet={ruleSet} roles={model.roles} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
        </Accordion>
      )}
    </QueryState>
  );
}

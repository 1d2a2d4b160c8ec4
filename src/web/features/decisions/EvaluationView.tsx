import { Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconClock, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Approval, ApprovalReason, Evaluation, RequiredApproval } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { useMoney } from '../../ui/money.ts';

type Params = ApprovalReason['params'];

const num = (params: Params, name: string) => (typeof params[name] === 'number' ? params[name] : undefined);
const str = (params: Params, name: string) => (typeof params[name] === 'string' && params[name] !== '' ? params[name] : undefined);

/**
 * Why an approval is needed, in the UI language from the reason's code and parameters, money in
 * the UI's format. Parameters the sentence needs but the reason lacks fall back to the server's text.
 */
export function useReasonText() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const category = (key: string) => (i18n.exists(`decisionCategory.${key}`) ? t(`decisionCategory.${key}` as 'decisionCategory.price') : key);
  const criticality = (key: string) => (i18n.exists(`criticality.${key}`) ? t(`criticality.${key}` as 'criticality.low') : key);

  return (reason: ApprovalReason): string => {
    const p = reason.params;
    switch (reason.code) {
      case 'category': {
        const value = str(p, 'category');
        return value ? t('evaluation.reasons.category', { category: category(value) }) : reason.text;
      }
      case 'budget_above': {
        const budget = num(p, 'budgetImpactCents');
        const threshold = num(p, 'thresholdCents');
        return budget !== undefined && threshold !== undefined
          ? t('evaluation.reasons.budgetAbove', { budget: money.short(budget), threshold: money.short(threshold) })
          : reason.text;
      }
      case 'exceeds_team_limit': {
        const budget = num(p, 'budgetImpactCents');
        const limit = num(p, 'limitCents');
        return budget !== undefined && limit !== undefined
          ? t('evaluation.reasons.exceedsTeamLimit', { budget: money.short(budget), limit: money.short(limit) })
          : reason.text;
      }
      case 'personal_data':
        return t('evaluation.reasons.personalData');
      case 'new_vendor':
        return t('evaluation.reasons.newVendor');
      case 'service_criticality': {
        const level = str(p, 'criticality');
        const atLeast = str(p, 'atLeast');
        return level && atLeast ? t('evaluation.reasons.serviceCriticality', { criticality: criticality(level), atLeast: criticality(atLeast) }) : reason.text;
      }
      default:
        return reason.text;
    }
  };
}

type ApprovalState = 'approved' | 'rejected' | 'waiting';

function stateOf(required: RequiredApproval, approvals: Approval[]): { state: ApprovalState; approval?: Approval } {
  const approval = [...approvals].reverse().find((a) => a.approverRole === required.approverRole);
  if (!approval) return { state: 'waiting' };
  return { state: approval.verdict === 'approve' ? 'approved' : 'rejected', approval };
}

const STATE_ICON = {
  approved: { icon: IconCheck, color: 'teal.9' },
  rejected: { icon: IconX, color: 'red.9' },
  waiting: { icon: IconClock, color: 'gray.7' },
} as const;

type Props = {
  evaluation: Evaluation;
  approvals: Approval[];
  /** A preview judges a decision not yet submitted; a stored evaluation is what it was judged by. */
  kind: 'stored' | 'preview';
};

/** Whether the decision was the team's own call, and otherwise whose approval it needs and why. */
export function EvaluationView({ evaluation, approvals, kind }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const reasonText = useReasonText();
  const limit = money.short(evaluation.autonomyLimitCents);

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {kind === 'stored'
            ? t('evaluation.judgedBy', { version: evaluation.ruleSetVersion, limit })
            : t('evaluation.previewBy', { version: evaluation.ruleSetVersion, limit })}
        </Text>
        {evaluation.ownCall ? (
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon color="teal.9" radius="xl" aria-hidden>
              <IconCheck size={16} />
            </ThemeIcon>
            <Text fw={600}>{kind === 'stored' ? t('evaluation.ownCall') : t('evaluation.ownCallPreview')}</Text>
          </Group>
        ) : (
          evaluation.required.map((required) => {
            const { state, approval } = stateOf(required, approvals);
            const Icon = STATE_ICON[state].icon;
            return (
              <div key={`${required.ruleKey}-${required.approverRole}`}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon color={STATE_ICON[state].color} radius="xl" aria-hidden mt={2}>
                    <Icon size={16} />
                  </ThemeIcon>
                  <div>
                    <Title order={3} size="h5">
                      {kind === 'stored'
                        ? t('evaluation.needsApproval', { role: required.approverRoleName })
                        : t('evaluation.wouldNeedApproval', { role: required.approverRoleName })}
                    </Title>
                    <List size="sm" mt={4} spacing={2}>
                      {required.reasons.map((reason, index) => (
                        <List.Item key={index}>{reasonText(reason)}</List.Item>
                      ))}
                    </List>
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('evaluation.rule', { name: required.ruleName })}
                    </Text>
                    {kind === 'stored' && (
                      <Text size="sm" mt={4}>
                        <Badge size="sm" variant="filled" color={STATE_ICON[state].color} mr="xs">
                          {t(`evaluation.state.${state}`)}
                        </Badge>
                        {approval && t('evaluation.by', { name: approval.approver.name, at: format.dateTime(approval.at) })}
                      </Text>
                    )}
                  </div>
                </Group>
              </div>
            );
          })
        )}
      </Stack>
    </Card>
  );
}

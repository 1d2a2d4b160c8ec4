import { useTranslation } from 'react-i18next';
import type { DecisionRule, ModelRole, RuleConditions } from '../../../contracts/index.ts';
import { useMoney } from '../../ui/money.ts';

type RoleLike = Pick<ModelRole, 'key' | 'name'>;

/**
 * Decision rights as sentences in the UI language:
 * "Wenn die Budgetwirkung das Limit des Teams übersteigt → Portfolio-Board".
 */
export function useRuleText(roles: readonly RoleLike[]) {
  const { t } = useTranslation();
  const money = useMoney();

  const roleName = (key: string) => roles.find((role) => role.key === key)?.name ?? key;

  function conditions(when: RuleConditions): string {
    const parts: string[] = [];
    if (when.categories?.length) {
      const names = when.categories.map((category) => t(`decisionCategory.${category}`));
      parts.push(t('rules.when.categories', { count: names.length, categories: money.list(names, 'or') }));
    }
    if (when.budgetImpactAboveCents !== undefined) parts.push(t('rules.when.budgetAbove', { amount: money.short(when.budgetImpactAboveCents) }));
    if (when.exceedsTeamLimit) parts.push(t('rules.when.exceedsTeamLimit'));
    if (when.personalData) parts.push(t('rules.when.personalData'));
    if (when.newVendor) parts.push(t('rules.when.newVendor'));
    if (when.serviceCriticalityAtLeast) parts.push(t('rules.when.criticality', { criticality: t(`criticality.${when.serviceCriticalityAtLeast}`) }));
    return parts.length > 0 ? money.list(parts) : t('rules.when.nothing');
  }

  return {
    roleName,
    conditions,
    sentence: (rule: Pick<DecisionRule, 'when' | 'approverRole'>) =>
      t('rules.sentence', { conditions: conditions(rule.when), approver: roleName(rule.approverRole) }),
  };
}

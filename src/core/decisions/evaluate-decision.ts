import {
  CRITICALITIES,
  type ApprovalReason,
  type Criticality,
  type DecisionCategory,
  type DecisionRule,
  type Evaluation,
  type RequiredApproval,
} from '../../contracts/index.ts';

/** What the decision rights look at; everything else about a decision is for people to read. */
export interface DecisionFacts {
  category: DecisionCategory;
  budgetImpactCents: number;
  personalData: boolean;
  newVendor: boolean;
  affectedServiceCriticalities: readonly Criticality[];
}

export interface RuleSetForEvaluation {
  version: number;
  defaultAutonomyLimitCents: number;
  rules: readonly DecisionRule[];
}

/**
 * Judges a decision by a rule set. A rule applies when all of its conditions hold, and then its
 * approver role has to approve. Several rules asking the same role make one approval: the first of
 * them (in rule order) names it, and the reasons of all of them are merged. Nothing required means
 * the decision is the team's own call.
 */
export function evaluateDecision(
  facts: DecisionFacts,
  ruleSet: RuleSetForEvaluation,
  teamLimitCents: number | null,
  roleNames: Readonly<Record<string, string>>,
): Evaluation {
  const autonomyLimitCents = teamLimitCents ?? ruleSet.defaultAutonomyLimitCents;
  const byRole = new Map<string, RequiredApproval>();
  for (const rule of ruleSet.rules) {
    const reasons = ruleReasons(rule, facts, autonomyLimitCents);
    if (reasons === null) continue;
    const existing = byRole.get(rule.approverRole);
    if (existing) {
      for (const reason of reasons) if (!existing.reasons.some((r) => r.code === reason.code && r.text === reason.text)) existing.reasons.push(reason);
    } else {
      byRole.set(rule.approverRole, {
        approverRole: rule.approverRole,
        approverRoleName: roleNames[rule.approverRole] ?? rule.approverRole,
        ruleKey: rule.key,
        ruleName: rule.name,
        reasons,
      });
    }
  }
  const required = [...byRole.values()];
  return { ruleSetVersion: ruleSet.version, autonomyLimitCents, ownCall: required.length === 0, required };
}

/** The reasons a rule applies, one per condition; null when any condition does not hold. */
function ruleReasons(rule: DecisionRule, facts: DecisionFacts, limitCents: number): ApprovalReason[] | null {
  const { when } = rule;
  const reasons: ApprovalReason[] = [];
  if (when.categories !== undefined) {
    if (!when.categories.includes(facts.category)) return null;
    reasons.push({ code: 'category', text: `the category is ${facts.category.replaceAll('_', ' ')}`, params: { category: facts.category } });
  }
  if (when.budgetImpactAboveCents !== undefined) {
    if (!(facts.budgetImpactCents > when.budgetImpactAboveCents)) return null;
    reasons.push({
      code: 'budget_above',
      text: `budget impact ${formatEuro(facts.budgetImpactCents)} is above ${formatEuro(when.budgetImpactAboveCents)}`,
      params: { budgetImpactCents: facts.budgetImpactCents, thresholdCents: when.budgetImpactAboveCents },
    });
  }
  if (when.exceedsTeamLimit) {
    if (!(facts.budgetImpactCents > limitCents)) return null;
    reasons.push({
      code: 'exceeds_team_limit',
      text: `budget impact ${formatEuro(facts.budgetImpactCents)} exceeds the team’s ${formatEuro(limitCents)} limit`,
      params: { budgetImpactCents: facts.budgetImpactCents, limitCents },
    });
  }
  if (when.personalData) {
    if (!facts.personalData) return null;
    reasons.push({ code: 'personal_data', text: 'it processes personal data', params: {} });
  }
  if (when.newVendor) {
    if (!facts.newVendor) return null;
    reasons.push({ code: 'new_vendor', text: 'it brings in a new vendor', params: {} });
  }
  if (when.serviceCriticalityAtLeast !== undefined) {
    const highest = highestCriticality(facts.affectedServiceCriticalities);
    if (highest === null || rank(highest) < rank(when.serviceCriticalityAtLeast)) return null;
    reasons.push({
      code: 'service_criticality',
      text: `it affects a ${highest} service (rule: ${when.serviceCriticalityAtLeast} or higher)`,
      params: { criticality: highest, atLeast: when.serviceCriticalityAtLeast },
    });
  }
  // A rule without conditions is refused by the contract; should one reach here, it asks nothing.
  return reasons.length ? reasons : null;
}

const rank = (c: Criticality) => CRITICALITIES.indexOf(c);

export function highestCriticality(list: readonly Criticality[]): Criticality | null {
  return list.reduce<Criticality | null>((top, c) => (top === null || rank(c) > rank(top) ? c : top), null);
}

/**
 * Cents as English euro text: 8000000 → "80,000 €", 1050 → "10.50 €". Integer arithmetic only, so
 * amounts up to Number.MAX_SAFE_INTEGER cents print exactly.
 */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100);
  const rest = abs % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${rest ? `.${String(rest).padStart(2, '0')}` : ''} €`;
}

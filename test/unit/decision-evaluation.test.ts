import { describe, expect, it } from 'vitest';
import type { Criticality, DecisionCategory, DecisionRule } from '../../src/contracts/index.ts';
import { evaluateDecision, formatEuro, highestCriticality, type DecisionFacts, type RuleSetForEvaluation } from '../../src/core/decisions/evaluate-decision.ts';

// The default decision rights of migration 0003, plus two rules that exercise the other conditions.
const DEFAULT_RULES: DecisionRule[] = [
  { key: 'budget_beyond_autonomy', name: 'Budget impact beyond the team’s autonomy limit', when: { exceedsTeamLimit: true }, approverRole: 'portfolio_board' },
  { key: 'personal_data', name: 'Processing of personal data', when: { personalData: true }, approverRole: 'data_protection_officer' },
  { key: 'new_vendor', name: 'A new vendor', when: { newVendor: true }, approverRole: 'procurement' },
  { key: 'critical_technology', name: 'Technology change on a critical service', when: { categories: ['technology'], serviceCriticalityAtLeast: 'critical' }, approverRole: 'ciso' },
];
const EXTRA_RULES: DecisionRule[] = [
  { key: 'big_price_change', name: 'Large price decisions', when: { categories: ['price'], budgetImpactAboveCents: 20_000_000 }, approverRole: 'portfolio_board' },
  { key: 'high_data', name: 'Data decisions on high services', when: { categories: ['data_legal'], serviceCriticalityAtLeast: 'high' }, approverRole: 'ciso' },
];
const ruleSet: RuleSetForEvaluation = { version: 1, defaultAutonomyLimitCents: 5_000_000, rules: [...DEFAULT_RULES, ...EXTRA_RULES] };
const roleNames = { portfolio_board: 'Portfolio board', data_protection_officer: 'Data protection officer', procurement: 'Procurement', ciso: 'CISO' };

const facts = (overrides: Partial<DecisionFacts> = {}): DecisionFacts => ({
  category: 'customer_outreach',
  budgetImpactCents: 0,
  personalData: false,
  newVendor: false,
  affectedServiceCriticalities: [],
  ...overrides,
});

interface Case {
  name: string;
  facts: Partial<DecisionFacts>;
  teamLimit?: number | null;
  /** Required roles in order, each with the codes of its reasons. */
  expected: Record<string, string[]>;
}

const cases: Case[] = [
  { name: 'nothing special is the team’s own call', facts: {}, expected: {} },
  { name: 'budget exactly at the default limit is still the team’s call', facts: { budgetImpactCents: 5_000_000 }, expected: {} },
  { name: 'one cent above the default limit needs the board', facts: { budgetImpactCents: 5_000_001 }, expected: { portfolio_board: ['exceeds_team_limit'] } },
  { name: 'a team’s own lower limit replaces the default', facts: { budgetImpactCents: 3_000_000 }, teamLimit: 2_000_000, expected: { portfolio_board: ['exceeds_team_limit'] } },
  { name: 'a team’s own higher limit replaces the default', facts: { budgetImpactCents: 8_000_000 }, teamLimit: 10_000_000, expected: {} },
  { name: 'exactly at the team’s own limit is the team’s call', facts: { budgetImpactCents: 10_000_000 }, teamLimit: 10_000_000, expected: {} },
  { name: 'just above the team’s own limit needs the board', facts: { budgetImpactCents: 10_000_001 }, teamLimit: 10_000_000, expected: { portfolio_board: ['exceeds_team_limit'] } },
  { name: 'a team limit of zero makes every spend a board matter', facts: { budgetImpactCents: 1 }, teamLimit: 0, expected: { portfolio_board: ['exceeds_team_limit'] } },
  { name: 'no budget impact with a zero limit is the team’s call', facts: { budgetImpactCents: 0 }, teamLimit: 0, expected: {} },
  { name: 'personal data needs the data protection officer', facts: { personalData: true }, expected: { data_protection_officer: ['personal_data'] } },
  { name: 'a new vendor needs procurement', facts: { newVendor: true }, expected: { procurement: ['new_vendor'] } },
  {
    name: 'technology on a critical service needs the CISO',
    facts: { category: 'technology', affectedServiceCriticalities: ['low', 'critical'] },
    expected: { ciso: ['category', 'service_criticality'] },
  },
  { name: 'technology on a high service is below the critical rule', facts: { category: 'technology', affectedServiceCriticalities: ['high', 'medium'] }, expected: {} },
  { name: 'a critical service outside technology does not trigger the technology rule', facts: { category: 'vendor', affectedServiceCriticalities: ['critical'] }, expected: {} },
  { name: 'technology without affected services does not trigger a criticality rule', facts: { category: 'technology' }, expected: {} },
  { name: '“at least high” holds for high', facts: { category: 'data_legal', affectedServiceCriticalities: ['high'] }, expected: { ciso: ['category', 'service_criticality'] } },
  { name: '“at least high” holds for critical', facts: { category: 'data_legal', affectedServiceCriticalities: ['critical'] }, expected: { ciso: ['category', 'service_criticality'] } },
  { name: '“at least high” does not hold for medium', facts: { category: 'data_legal', affectedServiceCriticalities: ['medium', 'low'] }, expected: {} },
  { name: 'an absolute threshold: at the threshold is fine', facts: { category: 'price', budgetImpactCents: 20_000_000 }, teamLimit: 50_000_000, expected: {} },
  { name: 'an absolute threshold: one cent above needs the board', facts: { category: 'price', budgetImpactCents: 20_000_001 }, teamLimit: 50_000_000, expected: { portfolio_board: ['category', 'budget_above'] } },
  { name: 'an absolute threshold only for its category', facts: { category: 'budget', budgetImpactCents: 30_000_000 }, teamLimit: 50_000_000, expected: {} },
  {
    name: 'two rules for the board make one approval with both reasons',
    facts: { category: 'price', budgetImpactCents: 30_000_000 },
    expected: { portfolio_board: ['exceeds_team_limit', 'category', 'budget_above'] },
  },
  {
    name: 'several roles at once, in rule order',
    facts: { category: 'technology', budgetImpactCents: 8_000_000, personalData: true, newVendor: true, affectedServiceCriticalities: ['critical'] },
    expected: {
      portfolio_board: ['exceeds_team_limit'],
      data_protection_officer: ['personal_data'],
      procurement: ['new_vendor'],
      ciso: ['category', 'service_criticality'],
    },
  },
];

describe('evaluateDecision', () => {
  it.each(cases)('$name', ({ facts: given, teamLimit = null, expected }) => {
    const evaluation = evaluateDecision(facts(given), ruleSet, teamLimit, roleNames);
    const got = Object.fromEntries(evaluation.required.map((r) => [r.approverRole, r.reasons.map((x) => x.code)]));
    expect(got).toEqual(expected);
    expect(Object.keys(got)).toEqual(Object.keys(expected));
    expect(evaluation.ownCall).toBe(Object.keys(expected).length === 0);
    expect(evaluation.ruleSetVersion).toBe(1);
    expect(evaluation.autonomyLimitCents).toBe(teamLimit ?? 5_000_000);
  });

  it('explains a budget reason in English with euro amounts and gives the cents as params', () => {
    const evaluation = evaluateDecision(facts({ budgetImpactCents: 8_000_000 }), ruleSet, 5_000_000, roleNames);
    expect(evaluation.required).toEqual([
      {
        approverRole: 'portfolio_board',
        approverRoleName: 'Portfolio board',
        ruleKey: 'budget_beyond_autonomy',
        ruleName: 'Budget impact beyond the team’s autonomy limit',
        reasons: [
          { code: 'exceeds_team_limit', text: 'budget impact 80,000 € exceeds the team’s 50,000 € limit', params: { budgetImpactCents: 8_000_000, limitCents: 5_000_000 } },
        ],
      },
    ]);
  });

  it('names the criticality found and the one the rule asks for', () => {
    const [ciso] = evaluateDecision(facts({ category: 'technology', affectedServiceCriticalities: ['critical'] }), ruleSet, null, roleNames).required;
    expect(ciso!.reasons[1]).toEqual({
      code: 'service_criticality',
      text: 'it affects a critical service (rule: critical or higher)',
      params: { criticality: 'critical', atLeast: 'critical' },
    });
  });

  it('falls back to the role key when the role has no name', () => {
    const [only] = evaluateDecision(facts({ newVendor: true }), ruleSet, null, {}).required;
    expect(only!.approverRoleName).toBe('procurement');
  });

  it('has nothing to require under an empty rule set', () => {
    const evaluation = evaluateDecision(facts({ budgetImpactCents: 99_000_000, personalData: true }), { version: 7, defaultAutonomyLimitCents: 0, rules: [] }, null, roleNames);
    expect(evaluation).toEqual({ ruleSetVersion: 7, autonomyLimitCents: 0, ownCall: true, required: [] });
  });

  it.each<[DecisionCategory, boolean]>([
    ['technology', true],
    ['price', false],
  ])('a rule of several conditions needs all of them (category %s → %s)', (category, applies) => {
    const evaluation = evaluateDecision(facts({ category, affectedServiceCriticalities: ['critical'] }), ruleSet, null, roleNames);
    expect(evaluation.required.some((r) => r.approverRole === 'ciso')).toBe(applies);
  });
});

describe('highestCriticality', () => {
  it.each<[Criticality[], Criticality | null]>([
    [[], null],
    [['low'], 'low'],
    [['medium', 'low'], 'medium'],
    [['low', 'high', 'medium'], 'high'],
    [['high', 'critical', 'low'], 'critical'],
  ])('%j → %s', (list, expected) => {
    expect(highestCriticality(list)).toBe(expected);
  });
});

describe('formatEuro', () => {
  it.each<[number, string]>([
    [0, '0 €'],
    [5, '0.05 €'],
    [1050, '10.50 €'],
    [100_000, '1,000 €'],
    [5_000_000, '50,000 €'],
    [8_000_000, '80,000 €'],
    [123_456_789, '1,234,567.89 €'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91 €'],
  ])('%i cents → %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });
});

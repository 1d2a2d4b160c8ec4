import { demoPeople, demoTeams, demoUsers, DEMO_PASSWORD, DEMO_TODAY, checkDemoData } from '../../db/seed/demo-data.ts';
import {
  checkDemoOperatingModel,
  DEMO_DECISION_WAIT_DAYS,
  demoCadences,
  demoConsumption,
  demoDecisionRules,
  demoDecisions,
  demoRoles,
  demoServices,
  demoTeamAutonomy,
} from '../../db/seed/demo-operating-model.ts';
import {
  checkDemoChange,
  DEMO_CHANGE_OFFICE,
  DEMO_MATURITY_MODEL_ON,
  demoAssessments,
  demoInitiatives,
  demoLearningOffers,
  demoMaturityDimensions,
  demoSurveys,
  DIMENSION_KEYS,
  shiftDate,
} from '../../db/seed/demo-change.ts';
import {
  checkDemoFinance,
  DEMO_ACTUAL_MONTHS,
  DEMO_CONTROLLER,
  DEMO_FINANCE_SETTINGS_ON,
  DEMO_FIRST_FISCAL_YEAR,
  demoActualCosts,
  demoBudgets,
  demoCorrections,
  demoReallocation,
  demoRevenue,
  exportDayOf,
} from '../../db/seed/demo-finance.ts';
import { checkDemoGoals, demoBaseline, demoMeasurements, demoMetrics, demoObjectives, ESCOOTER_LAUNCH_DAY, type DemoPoint } from '../../db/seed/demo-goals.ts';
import { recordConsumptionBatch } from '../consumption/record-consumption-batch.ts';
import { bookLedgerEntry } from '../finance/book-ledger-entry.ts';
import { createReallocation } from '../finance/create-reallocation.ts';
import { decideBudget } from '../finance/decide-budget.ts';
import { getFinanceSettings } from '../finance/ledger-store.ts';
import { recordLedgerBatch } from '../finance/record-ledger-batch.ts';
import { reverseLedgerEntry } from '../finance/reverse-ledger-entry.ts';
import { saveBudget } from '../finance/save-budget.ts';
import { submitBudget } from '../finance/submit-budget.ts';
import { updateFinanceSettings } from '../finance/update-finance-settings.ts';
import { createDecision } from '../decisions/create-decision.ts';
import { recordApproval } from '../decisions/record-approval.ts';
import { submitDecision } from '../decisions/submit-decision.ts';
import { createLearningOffer } from '../enablement/create-learning-offer.ts';
import { recordCompletion } from '../enablement/record-completion.ts';
import { createCheckIn } from '../goals/create-check-in.ts';
import { createKeyResult } from '../goals/create-key-result.ts';
import { createMetric } from '../goals/create-metric.ts';
import { createObjective } from '../goals/create-objective.ts';
import { writeMeasurementBatch } from '../goals/record-measurement-batch.ts';
import { createUser } from '../identity/create-user.ts';
import { createAssessment } from '../maturity/create-assessment.ts';
import { getMaturityModel } from '../maturity/get-maturity-model.ts';
import { updateMaturityModel } from '../maturity/update-maturity-model.ts';
import { addMembership } from '../memberships/add-membership.ts';
import { getOperatingModel } from '../operating-model/get-operating-model.ts';
import { setTeamAutonomy } from '../operating-model/set-team-autonomy.ts';
import { updateDecisionRules } from '../operating-model/update-decision-rules.ts';
import { updateOperatingModel } from '../operating-model/update-operating-model.ts';
import { createPerson } from '../people/create-person.ts';
import { addMilestone } from '../roadmap/add-milestone.ts';
import { createInitiative } from '../roadmap/create-initiative.ts';
import { updateMilestone } from '../roadmap/update-milestone.ts';
import { createService } from '../services/create-service.ts';
import { answerSurvey } from '../surveys/answer-survey.ts';
import { createSurvey } from '../surveys/create-survey.ts';
import { systemActor, today, type Actor, type Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { createTeam } from '../teams/create-team.ts';
import { transitionTeam } from '../teams/transition-team.ts';
import type { DecisionStatus, Stage, User } from '../../contracts/index.ts';
import { queryRows, type Db } from '../../db/client.ts';
import { sql } from 'drizzle-orm';
import { DomainError } from '../shared/errors.ts';
import { hasUsers, markDemoWorkspace } from './workspace.ts';

const PATH: Record<Stage, Stage[]> = { proposed: [], chartered: ['chartered'], active: ['chartered', 'active'], sunset: ['sunset'] };

/**
 * Builds the Musterversicherung AG workspace through the same use cases people use, so the demo
 * obeys every rule and its history shows in the audit log. Only ever runs on an empty workspace.
 */
export async function seedDemoWorkspace(
  base: Omit<Ctx, 'actor'>,
): Promise<{
  people: number;
  teams: number;
  users: number;
  services: number;
  consumption: number;
  decisions: number;
  assessments: number;
  surveys: number;
  surveyAnswers: number;
  learningOffers: number;
  completions: number;
  initiatives: number;
  milestones: number;
  budgets: number;
  ledgerEntries: number;
  metrics: number;
  measurements: number;
  objectives: number;
  keyResults: number;
  checkIns: number;
}> {
  if (await hasUsers(base.db)) throw new DomainError('conflict', 'The workspace already has accounts; the demo is only seeded into an empty one');
  const problems = [...checkDemoData(), ...checkDemoOperatingModel(), ...checkDemoChange(), ...checkDemoFinance(), ...checkDemoGoals()];
  if (problems.length) throw new DomainError('rule_violation', `Demo data is inconsistent: ${problems.join('; ')}`);
  // One outer transaction: a seed that fails half-way leaves the workspace empty, not half-built.
  return base.db.transaction(async (tx) => {
    const ctx: Ctx = { ...base, db: tx as unknown as Db, actor: { ...systemActor, label: 'demo seed' } };
    return seedInto(ctx);
  });
}

async function seedInto(ctx: Ctx) {

  const personId = new Map<string, string>();
  for (const p of demoPeople) {
    const created = await createPerson(ctx, { name: p.name, email: p.email, discipline: p.discipline, jobTitle: p.jobTitle });
    personId.set(p.key, created.id);
  }
  const idOf = (key: string | null) => (key === null ? null : personId.get(key)!);

  const team = new Map<string, { id: string; version: number }>();
  for (const t of demoTeams) {
    let created = await createTeam(ctx, {
      name: t.name,
      kind: t.kind,
      mission: t.mission,
      mandateKind: t.mandateKind,
      mandateScope: t.mandateScope,
      customerSegment: t.customerSegment,
      businessLeadId: idOf(t.businessLead),
      itLeadId: idOf(t.itLead),
    });
    for (const m of t.members) {
      await addMembership(ctx, created.id, { personId: idOf(m.person)!, role: m.role, allocation: m.allocation, startDate: m.startDate, endDate: m.endDate ?? null });
    }
    for (const to of PATH[t.stage]) created = await transitionTeam(ctx, { id: created.id, expectedVersion: created.version, to });
    team.set(t.key, { id: created.id, version: created.version });
  }

  const userOf = new Map<string, User>();
  for (const u of demoUsers) {
    const user = await createUser(ctx, { email: u.email, displayName: u.displayName, role: u.role, personId: idOf(u.person), password: DEMO_PASSWORD });
    if (u.person !== null) userOf.set(u.person, user);
  }

  const counts = await seedOperatingModel(ctx, { personId, team, userOf });
  const change = await seedChangeProgramme(ctx, { personId, team, userOf });
  const finance = await seedFinance(ctx, { team, userOf });
  const goals = await seedGoals(ctx, { team, userOf });
  await markDemoWorkspace(ctx.db);
  return { people: demoPeople.length, teams: demoTeams.length, users: demoUsers.length, ...counts, ...change, ...finance, ...goals };
}

const DAY_MS = 86_400_000;

/**
 * The operating model, services, consumption and decisions (demo-operating-model.ts). Decisions
 * are recorded by their proposers and approved by the holders of the required roles, each step on
 * its own date, so the decision rights, the approval rules and the audit log are the real ones.
 * Demo dates are placed relative to now (DEMO_TODAY is today), so waiting times stay as written.
 */
async function seedOperatingModel(
  ctx: Ctx,
  ids: { personId: Map<string, string>; team: Map<string, { id: string; version: number }>; userOf: Map<string, User> },
) {
  const todayUtc = Math.floor(ctx.now().getTime() / DAY_MS) * DAY_MS;
  const demoDays = (date: string) => Math.round((Date.parse(`${DEMO_TODAY}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
  /** A moment on a demo date (from 8:00 UTC on); `minute` orders the steps of one day. Demo dates lie before DEMO_TODAY. */
  const at = (date: string, minute = 0) => new Date(todayUtc - demoDays(date) * DAY_MS + 8 * 3_600_000 + minute * 60_000);
  const actorOf = (person: string): Actor => {
    const u = ids.userOf.get(person);
    if (!u) throw new Error(`demo person ${person} has no user`);
    return { type: 'user', userId: u.id, label: u.email, role: u.role, personId: u.personId, scopes: null };
  };
  const as = (person: string, date?: string, minute = 0): Ctx => ({ ...ctx, actor: actorOf(person), ...(date ? { now: () => at(date, minute) } : {}) });
  const personIdOf = (key: string) => ids.personId.get(key)!;
  const teamIdOf = (key: string) => ids.team.get(key)!.id;

  // Operating model and decision rights, set up by the portfolio office before the first decision.
  const office = as('sabine.hoffmann', '2025-08-25');
  const model = await getOperatingModel(office);
  await updateOperatingModel(office, {
    expectedVersion: model.version,
    model: {
      roles: demoRoles.map((r) => ({ ...r, holderIds: r.holderIds.map(personIdOf) })),
      cadences: demoCadences,
      decisionWaitDays: DEMO_DECISION_WAIT_DAYS,
    },
  });
  await updateDecisionRules(office, { expectedVersion: model.decisionRules.version, rules: demoDecisionRules });
  for (const [key, autonomyLimitCents] of Object.entries(demoTeamAutonomy)) {
    const t = ids.team.get(key)!;
    const updated = await setTeamAutonomy(office, { teamId: t.id, expectedVersion: t.version, autonomyLimitCents });
    t.version = updated.version;
  }

  // Services, in declaration order: every dependency exists before the service that needs it.
  const serviceId = new Map<string, string>();
  for (const s of demoServices) {
    const created = await createService(ctx, {
      name: s.name,
      kind: s.kind,
      ownerTeamId: s.ownerTeam === null ? null : teamIdOf(s.ownerTeam),
      criticality: s.criticality,
      lifecycle: s.lifecycle,
      description: s.description,
      links: s.links,
      unit: s.unit,
      unitPriceCents: s.unitPriceCents,
      serviceLevels: s.serviceLevels,
      dependsOn: s.dependsOn.map((k) => serviceId.get(k)!),
    });
    serviceId.set(s.key, created.id);
  }

  // Consumption: the whole history as one batch, as a platform team's monthly export would deliver it.
  const rows = demoConsumption();
  await recordConsumptionBatch(ctx, {
    idempotencyKey: 'demo-consumption-2025-06-2026-11',
    items: rows.map((c) => ({ teamId: teamIdOf(c.team), serviceId: serviceId.get(c.service)!, month: c.month, quantity: c.quantity })),
  });

  // Decisions: every step (record, submit, verdicts) of every decision, in date order.
  type Step = { date: string; order: number; run: (minute: number) => Promise<void> };
  const steps: Step[] = [];
  const decision = new Map<string, { id: string; version: number; status: DecisionStatus }>();
  demoDecisions.forEach((d, i) => {
    steps.push({
      date: d.createdOn,
      order: i * 100,
      run: async (minute) => {
        const created = await createDecision(as(d.proposer, d.createdOn, minute), teamIdOf(d.team), {
          title: d.title,
          category: d.category,
          context: d.context,
          options: d.options,
          choice: d.choice,
          rationale: d.rationale,
          budgetImpactCents: d.budgetImpactCents,
          personalData: d.personalData,
          newVendor: d.newVendor,
          affectedServiceIds: d.affectedServices.map((k) => serviceId.get(k)!),
          links: d.links,
          supersedesId: d.supersedes === undefined ? null : decision.get(d.supersedes)!.id,
        });
        decision.set(d.key, { id: created.id, version: created.version, status: created.status });
      },
    });
    if (d.submittedOn !== undefined) {
      const submittedOn = d.submittedOn;
      steps.push({
        date: submittedOn,
        order: i * 100 + 1,
        run: async (minute) => {
          const current = decision.get(d.key)!;
          const submitted = await submitDecision(as(d.proposer, submittedOn, minute), { id: current.id, expectedVersion: current.version });
          decision.set(d.key, { id: submitted.id, version: submitted.version, status: submitted.status });
        },
      });
    }
    d.approvals.forEach((a, j) => {
      steps.push({
        date: a.on,
        order: i * 100 + 2 + j,
        run: async (minute) => {
          const current = decision.get(d.key)!;
          const judged = await recordApproval(as(a.approver, a.on, minute), current.id, { approverRole: a.role, verdict: a.verdict, comment: a.comment });
          decision.set(d.key, { id: judged.id, version: judged.version, status: judged.status });
        },
      });
    });
  });
  steps.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
  for (let i = 0, m = 0; i < steps.length; i++) {
    m = i > 0 && steps[i - 1]!.date === steps[i]!.date ? m + 7 : 0;
    await steps[i]!.run(m);
  }
  // The data promises outcomes; the real decision rights have to agree (a superseded one was decided).
  for (const d of demoDecisions) {
    const status = decision.get(d.key)!.status;
    const expected = d.outcome === 'superseded' ? 'decided' : d.outcome;
    if (status !== expected) throw new Error(`demo decision ${d.key} ended ${status}, not ${expected}: the decision rights disagree with the demo data`);
  }
  return { services: demoServices.length, consumption: rows.length, decisions: demoDecisions.length };
}

/**
 * The change programme (demo-change.ts): the German maturity model, assessments, pulse surveys,
 * learning offers with completions and the roadmap. Every step runs as its person on its own date,
 * in date order, so the audit log reads like the programme's history. All dates move by the days
 * between DEMO_TODAY and today: the open survey stays open, overdue milestones stay overdue.
 */
async function seedChangeProgramme(
  ctx: Ctx,
  ids: { personId: Map<string, string>; team: Map<string, { id: string; version: number }>; userOf: Map<string, User> },
) {
  const todayUtc = Math.floor(ctx.now().getTime() / DAY_MS) * DAY_MS;
  const offset = Math.round((todayUtc - Date.parse(`${DEMO_TODAY}T00:00:00Z`)) / DAY_MS);
  const day = (date: string) => shiftDate(date, offset);
  /** A moment on a (shifted) demo date, from 8:00 UTC on; `minute` orders the steps of one day. */
  const at = (date: string, minute: number) => new Date(Date.parse(`${day(date)}T08:00:00Z`) + minute * 60_000);
  const as = (person: string, date: string, minute: number): Ctx => {
    const u = ids.userOf.get(person);
    if (!u) throw new Error(`demo person ${person} has no user`);
    return { ...ctx, actor: { type: 'user', userId: u.id, label: u.email, role: u.role, personId: u.personId, scopes: null }, now: () => at(date, minute) };
  };
  const personIdOf = (key: string) => ids.personId.get(key)!;
  const teamIdOf = (key: string) => ids.team.get(key)!.id;

  // Steps in date order; on one day, by kind (what has to exist first) and then as declared.
  type Step = { date: string; order: number; run: (minute: number) => Promise<void> };
  const steps: Step[] = [];
  const step = (date: string, kind: number, run: Step['run']) => steps.push({ date, order: kind * 10_000 + steps.length, run });

  let modelVersion = 0;
  step(DEMO_MATURITY_MODEL_ON, 0, async (minute) => {
    const office = as(DEMO_CHANGE_OFFICE, DEMO_MATURITY_MODEL_ON, minute);
    const current = await getMaturityModel(office);
    const published = await updateMaturityModel(office, {
      expectedVersion: current.version,
      model: { dimensions: demoMaturityDimensions.map((d) => ({ key: d.key, name: d.name, description: d.description, levels: [...d.levels] })) },
    });
    modelVersion = published.version;
  });

  const offerId = new Map<string, string>();
  for (const o of demoLearningOffers) {
    step(o.createdOn, 1, async (minute) => {
      const created = await createLearningOffer(as(DEMO_CHANGE_OFFICE, o.createdOn, minute), {
        title: o.title,
        description: o.description,
        expectedFor: o.expectedFor,
        durationHours: o.durationHours,
      });
      offerId.set(o.key, created.id);
    });
    for (const c of o.cohorts) {
      for (const person of c.people) {
        step(c.on, 5, async (minute) => {
          await recordCompletion(as(DEMO_CHANGE_OFFICE, c.on, minute), { offerId: offerId.get(o.key)!, personId: personIdOf(person), completedOn: day(c.on) });
        });
      }
    }
  }

  let milestoneCount = 0;
  for (const i of demoInitiatives) {
    const milestone = new Map<string, { id: string; version: number }>();
    step(i.createdOn, 2, async (minute) => {
      const office = as(DEMO_CHANGE_OFFICE, i.createdOn, minute);
      const created = await createInitiative(office, {
        title: i.title,
        description: i.description,
        ownerId: personIdOf(i.owner),
        teamIds: i.teams.map(teamIdOf),
        status: i.status,
        startDate: day(i.startDate),
        endDate: day(i.endDate),
      });
      for (const m of i.milestones) {
        const added = await addMilestone(office, created.id, { title: m.title, dueOn: day(m.dueOn) });
        milestone.set(m.title, { id: added.id, version: added.version });
      }
    });
    for (const m of i.milestones) {
      milestoneCount++;
      const doneOn = m.doneOn;
      if (doneOn === undefined) continue;
      step(doneOn, 7, async (minute) => {
        const current = milestone.get(m.title)!;
        await updateMilestone(as(DEMO_CHANGE_OFFICE, doneOn, minute), { id: current.id, expectedVersion: current.version, changes: { doneOn: day(doneOn) } });
      });
    }
  }

  let answerCount = 0;
  for (const s of demoSurveys) {
    let surveyId = '';
    step(s.createdOn, 3, async (minute) => {
      const created = await createSurvey(as(s.createdBy, s.createdOn, minute), {
        title: s.title,
        intro: s.intro,
        statements: s.statements,
        freeTextPrompt: s.freeTextPrompt,
        teamIds: s.teams.map(teamIdOf),
        opensOn: day(s.opensOn),
        closesOn: day(s.closesOn),
        minResponses: s.minResponses,
      });
      surveyId = created.id;
    });
    for (const a of s.answers) {
      answerCount++;
      step(a.on, 6, async (minute) => {
        const ratings = Object.fromEntries(s.statements.map((st, k) => [st.key, a.ratings[k]!]));
        await answerSurvey(as(a.person, a.on, minute), surveyId, { ratings, comment: a.comment ?? '' });
      });
    }
  }

  for (const a of demoAssessments) {
    step(a.assessedOn, 4, async (minute) => {
      await createAssessment(as(a.assessor, a.assessedOn, minute), teamIdOf(a.team), {
        modelVersion,
        assessedOn: day(a.assessedOn),
        ratings: DIMENSION_KEYS.map((k) => {
          const [level, targetLevel, evidence] = a.ratings[k];
          return { dimensionKey: k, level, targetLevel, evidence };
        }),
        notes: a.notes,
      });
    });
  }

  steps.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
  for (let i = 0, m = 0; i < steps.length; i++) {
    m = i > 0 && steps[i - 1]!.date === steps[i]!.date ? m + 3 : 0;
    await steps[i]!.run(m);
  }
  return {
    assessments: demoAssessments.length,
    surveys: demoSurveys.length,
    surveyAnswers: answerCount,
    learningOffers: demoLearningOffers.length,
    completions: demoLearningOffers.reduce((n, o) => n + o.cohorts.reduce((k, c) => k + c.people.length, 0), 0),
    initiatives: demoInitiatives.length,
    milestones: milestoneCount,
  };
}

/**
 * The money (demo-finance.ts): the fiscal calendar, budgets proposed by the leads and approved by
 * the portfolio office, the general ledger's month-end export as one batch per month, a
 * reallocation and two corrected bookings — each step as its person on its own date, in date
 * order, placed like the operating model's steps (DEMO_TODAY is today). Showback of the platform
 * teams' services was booked with the consumption.
 */
async function seedFinance(ctx: Ctx, ids: { team: Map<string, { id: string; version: number }>; userOf: Map<string, User> }) {
  const todayUtc = Math.floor(ctx.now().getTime() / DAY_MS) * DAY_MS;
  const demoDays = (date: string) => Math.round((Date.parse(`${DEMO_TODAY}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
  const at = (date: string, minute: number) => new Date(todayUtc - demoDays(date) * DAY_MS + 8 * 3_600_000 + minute * 60_000);
  const as = (person: string, date: string, minute: number): Ctx => {
    const u = ids.userOf.get(person);
    if (!u) throw new Error(`demo person ${person} has no user`);
    return { ...ctx, actor: { type: 'user', userId: u.id, label: u.email, role: u.role, personId: u.personId, scopes: null }, now: () => at(date, minute) };
  };
  const teamIdOf = (key: string) => ids.team.get(key)!.id;

  type Step = { date: string; order: number; run: (minute: number) => Promise<void> };
  const steps: Step[] = [];
  const step = (date: string, kind: number, run: Step['run']) => steps.push({ date, order: kind * 10_000 + steps.length, run });

  step(DEMO_FINANCE_SETTINGS_ON, 0, async (minute) => {
    const office = as(DEMO_CONTROLLER, DEMO_FINANCE_SETTINGS_ON, minute);
    const current = await getFinanceSettings(office.db);
    await updateFinanceSettings(office, { expectedVersion: current.version, settings: { fiscalYearStartMonth: 1, currency: 'EUR', firstFiscalYear: DEMO_FIRST_FISCAL_YEAR } });
  });

  for (const b of demoBudgets) {
    const teamId = teamIdOf(b.team);
    let version = 0;
    step(b.proposedOn, 1, async (minute) => {
      const lead = as(b.proposer, b.proposedOn, minute);
      const saved = await saveBudget(lead, { teamId, fiscalYear: b.fiscalYear, expectedVersion: undefined, budget: { lines: b.lines, note: b.note } });
      const submitted = await submitBudget(as(b.proposer, b.proposedOn, minute + 1), { teamId, fiscalYear: b.fiscalYear, expectedVersion: saved.budget.version });
      version = submitted.version;
    });
    const approvedOn = b.approvedOn;
    if (approvedOn === undefined) continue;
    step(approvedOn, 2, async (minute) => {
      await decideBudget(as(DEMO_CONTROLLER, approvedOn, minute), {
        teamId,
        fiscalYear: b.fiscalYear,
        expectedVersion: version,
        decision: { decision: 'approve', comment: `Freigegeben im Budgetzyklus ${b.fiscalYear}.` },
      });
    });
  }

  const costs = demoActualCosts();
  const revenue = demoRevenue();
  for (const month of DEMO_ACTUAL_MONTHS) {
    const on = exportDayOf(month);
    step(on, 3, async (minute) => {
      await recordLedgerBatch(as(DEMO_CONTROLLER, on, minute), {
        idempotencyKey: `sap-fi-monatsexport-${month}`,
        items: [
          ...costs.filter((c) => c.month === month).map((c) => ({ kind: 'cost' as const, teamId: teamIdOf(c.team), month, category: c.category, expenseType: c.expenseType, amountCents: c.amountCents, reference: c.reference })),
          ...revenue.filter((r) => r.month === month).map((r) => ({ kind: 'revenue' as const, teamId: teamIdOf(r.team), month, stream: r.stream, amountCents: r.amountCents, reference: r.reference })),
        ],
      });
    });
  }

  const r = demoReallocation;
  step(r.on, 4, async (minute) => {
    await createReallocation(as(DEMO_CONTROLLER, r.on, minute), {
      fiscalYear: r.fiscalYear,
      fromTeamId: teamIdOf(r.from),
      toTeamId: teamIdOf(r.to),
      category: r.category,
      expenseType: r.expenseType,
      month: r.month,
      amountCents: r.amountCents,
      reason: r.reason,
    });
  });

  for (const c of demoCorrections) {
    let wrongId = '';
    const { team, by, on, ...booking } = c.wrong;
    step(on, 5, async (minute) => {
      const entry = await bookLedgerEntry(as(by, on, minute), { kind: 'cost', teamId: teamIdOf(team), ...booking });
      wrongId = entry.id;
    });
    step(c.reversal.on, 6, async (minute) => {
      await reverseLedgerEntry(as(c.reversal.by, c.reversal.on, minute), { id: wrongId, reason: c.reversal.reason });
    });
    const rebook = c.rebook;
    if (rebook) {
      step(rebook.on, 7, async (minute) => {
        await bookLedgerEntry(as(rebook.by, rebook.on, minute), { kind: 'cost', teamId: teamIdOf(rebook.team), ...booking });
      });
    }
  }

  steps.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
  for (let i = 0, m = 0; i < steps.length; i++) {
    m = i > 0 && steps[i - 1]!.date === steps[i]!.date ? m + 3 : 0;
    await steps[i]!.run(m);
  }
  const [row] = await queryRows<{ n: number | string }>(ctx.db, sql`select count(*) as n from ledger_entries`);
  return { budgets: demoBudgets.length, ledgerEntries: Number(row?.n ?? 0) };
}

/**
 * The goals (demo-goals.ts): the teams' metrics, a year of measurements, the organization's and
 * the teams' objectives with their key results, and check-ins. Dates are calendar dates and are
 * not moved: quarters are calendar quarters. Every step runs as its person at its own moment, in
 * time order, and only if that moment has come: the measurements reach up to yesterday.
 */
async function seedGoals(ctx: Ctx, ids: { team: Map<string, { id: string; version: number }>; userOf: Map<string, User> }) {
  const now = ctx.now();
  const date = today(ctx);
  const as = (person: string, at: Date): Ctx => {
    const u = ids.userOf.get(person);
    if (!u) throw new Error(`demo person ${person} has no user`);
    return { ...ctx, actor: { type: 'user', userId: u.id, label: u.email, role: u.role, personId: u.personId, scopes: null }, now: () => at };
  };
  const machine = (at: Date): Ctx => ({ ...ctx, actor: { ...systemActor, label: 'Kennzahlen-Export der Daten- & KI-Plattform' }, now: () => at });
  const moment = (day: string, hourUtc: number, minute = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + hourUtc * 3_600_000 + minute * 60_000);
  const teamIdOf = (key: string) => ids.team.get(key)!.id;

  type Step = { at: Date; order: number; run: () => Promise<void> };
  const steps: Step[] = [];
  const step = (at: Date, run: Step['run']) => {
    if (at.getTime() <= now.getTime()) steps.push({ at, order: steps.length, run });
  };

  const metricId = new Map<string, string>();
  demoMetrics.forEach((m, i) => {
    step(moment(m.createdOn, 8, i), async () => {
      const created = await createMetric(as(m.createdBy, moment(m.createdOn, 8, i)), {
        key: m.key,
        name: m.name,
        unit: m.unit,
        direction: m.direction,
        aggregation: m.aggregation,
        ownerTeamId: teamIdOf(m.team),
        customerValue: m.customerValue,
        source: m.source,
        expectedIntervalDays: m.expectedIntervalDays,
        minValue: m.minValue,
        maxValue: m.maxValue,
      });
      metricId.set(m.key, created.id);
    });
  });

  const points = demoMeasurements(date);
  const source = new Map(demoMetrics.map((m) => [m.key, m]));
  const item = (p: DemoPoint) => ({ metricId: metricId.get(p.metric)!, measuredAt: p.measuredAt, value: p.value });
  let measurements = 0;

  // Points arrive every other Monday from the launch on: the data platform's export at 07:00 UTC,
  // then the people who enter figures by hand; what is measured since comes with a last export now.
  const mondays: string[] = [];
  for (let day = ESCOOTER_LAUNCH_DAY; moment(day, 7).getTime() <= now.getTime(); day = shiftDate(day, 14)) mondays.push(day);
  /** The points in batches by the first of the moments at or after them; the moments in order. */
  const batches = (of: DemoPoint[], moments: Date[]) => {
    const sorted = [...of].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
    const out: { at: Date; points: DemoPoint[] }[] = [];
    let next = 0;
    for (const at of moments) {
      const batch: DemoPoint[] = [];
      while (next < sorted.length && Date.parse(sorted[next]!.measuredAt) <= at.getTime()) batch.push(sorted[next++]!);
      if (batch.length) out.push({ at, points: batch });
    }
    measurements += next;
    return out;
  };
  const fed = points.filter((p) => source.get(p.metric)!.source === 'api');
  for (const { at, points: batch } of batches(fed, [...mondays.map((d) => moment(d, 7)), now])) {
    step(at, async () => {
      const delivery = machine(at);
      await inTransaction(delivery, (tx) => writeMeasurementBatch(tx, delivery, { idempotencyKey: `demo-kennzahlen-${at.toISOString().slice(0, 16)}`, items: batch.map(item) }, 'api'));
    });
  }
  for (const person of new Set(demoMetrics.flatMap((m) => (m.enteredBy === undefined ? [] : [m.enteredBy])))) {
    const entered = points.filter((p) => source.get(p.metric)!.enteredBy === person);
    for (const { at, points: batch } of batches(entered, [...mondays.map((d) => moment(d, 7, 30)), now])) {
      step(at, async () => {
        const by = as(person, at);
        await inTransaction(by, (tx) => writeMeasurementBatch(tx, by, { idempotencyKey: `demo-eingabe-${person}-${at.toISOString().slice(0, 16)}`, items: batch.map(item) }, 'manual'));
      });
    }
  }

  // Objectives with their key results on the day they are set, check-ins later.
  let objectives = 0;
  let keyResults = 0;
  let checkIns = 0;
  const objectiveId = new Map<string, string>();
  demoObjectives.forEach((o, i) => {
    const at = moment(o.createdOn, 9, i);
    if (at.getTime() > now.getTime()) return;
    objectives++;
    keyResults += o.keyResults.length;
    const krIds: string[] = [];
    step(at, async () => {
      const lead = as(o.createdBy, at);
      const created = await createObjective(lead, {
        teamId: o.team === null ? null : teamIdOf(o.team),
        quarter: o.quarter,
        title: o.title,
        description: o.description,
        contributesTo: o.contributesTo === null ? null : objectiveId.get(o.contributesTo)!,
      });
      objectiveId.set(o.key, created.id);
      for (const kr of o.keyResults) {
        const added = await createKeyResult(lead, { objectiveId: created.id, keyResult: { metricId: metricId.get(kr.metric)!, title: kr.title, baseline: demoBaseline(kr), target: kr.target } });
        krIds.push(added.id);
      }
    });
    o.keyResults.forEach((kr, k) => {
      kr.checkIns.forEach((c, j) => {
        const on = moment(c.on, 10, i * 10 + k * 3 + j);
        if (on.getTime() > now.getTime()) return;
        checkIns++;
        step(on, async () => {
          await createCheckIn(as(c.by, on), { keyResultId: krIds[k]!, checkIn: { comment: c.comment, confidence: c.confidence } });
        });
      });
    });
  });

  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const s of steps) await s.run();
  return { metrics: metricId.size, measurements, objectives, keyResults, checkIns };
}

import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common.ts';
import { Key } from './operating-model.ts';

// ── Maturity model and assessments ─────────────────────────────────────────────────────────────

export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export const Level = z.number().int('must be a whole level').min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5');

export const MaturityDimension = z.object({
  key: Key,
  name: z.string().trim().min(1, 'must not be empty').max(120),
  description: z.string().trim().max(2000),
  levels: z
    .array(z.string().trim().min(1, 'must not be empty').max(1000))
    .length(5, 'needs exactly five level descriptions, for levels 1 to 5')
    .describe('What level 1…5 looks like, in order'),
});
export type MaturityDimension = z.infer<typeof MaturityDimension>;

export const MaturityModelUpdate = z.object({
  dimensions: z.array(MaturityDimension).min(1, 'needs at least one dimension').max(20),
});
export type MaturityModelUpdate = z.infer<typeof MaturityModelUpdate>;

/** Each change is a new version; assessments keep the version they were made with. */
export const MaturityModel = MaturityModelUpdate.extend({
  version: z.number().int(),
  current: z.boolean().describe('Only the current version takes new assessments'),
  createdAt: Timestamp,
  createdBy: z.string(),
});
export type MaturityModel = z.infer<typeof MaturityModel>;

export const Rating = z.object({
  dimensionKey: Key,
  level: Level,
  targetLevel: Level,
  evidence: z.string().trim().max(4000).default(''),
});
export type Rating = z.infer<typeof Rating>;

export const AssessmentCreate = z.object({
  modelVersion: z.number().int().min(1).describe('The maturity model version rated against; must be the current one'),
  assessedOn: IsoDate,
  ratings: z.array(Rating).min(1).max(20).describe('One rating for every dimension of the model'),
  notes: z.string().trim().max(4000).default(''),
});
export type AssessmentCreate = z.infer<typeof AssessmentCreate>;

export const Assessment = z.object({
  id: Id,
  teamId: Id,
  teamName: z.string(),
  modelVersion: z.number().int(),
  assessedOn: IsoDate,
  ratings: z.array(Rating.extend({ dimensionName: z.string() })),
  average: z.number().describe('Mean level across dimensions'),
  notes: z.string(),
  assessedBy: z.string(),
  createdAt: Timestamp,
});
export type Assessment = z.infer<typeof Assessment>;

export const MaturityPortfolioRow = z.object({
  teamId: Id,
  teamName: z.string(),
  stage: z.string(),
  latest: z
    .object({ assessedOn: IsoDate, modelVersion: z.number().int(), average: z.number(), levels: z.record(z.string(), z.number().int()) })
    .nullable(),
  // Outcomes beside maturity, so leaders see whether maturity pays off.
  businessShare: z.number().nullable(),
  headcount: z.number().int(),
  leadershipComplete: z.boolean(),
});
export const MaturityPortfolio = z.object({
  model: MaturityModel,
  teams: z.array(MaturityPortfolioRow),
  /** Per dimension and quarter: how many teams' latest assessment in that quarter sits at each level. */
  distribution: z.array(z.object({ dimensionKey: z.string(), quarter: z.string(), counts: z.array(z.number().int()).length(5) })),
});
export type MaturityPortfolio = z.infer<typeof MaturityPortfolio>;

// ── Pulse surveys (anonymous) ──────────────────────────────────────────────────────────────────

export const MIN_ANONYMITY = 3;

export const Statement = z.object({ key: Key, text: z.string().trim().min(1, 'must not be empty').max(500) });

export const SurveyCreate = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(200),
    intro: z.string().trim().max(2000).default(''),
    statements: z.array(Statement).min(1, 'needs at least one statement').max(30),
    freeTextPrompt: z.string().trim().max(500).nullable().default(null),
    teamIds: z.array(Id).min(1, 'send it to at least one team').max(500),
    opensOn: IsoDate,
    closesOn: IsoDate,
    minResponses: z.number().int().min(MIN_ANONYMITY, `must be at least ${MIN_ANONYMITY}`).max(100).default(5),
  })
  .refine((s) => s.closesOn >= s.opensOn, { path: ['closesOn'], message: 'must not be before the opening date' });
export type SurveyCreate = z.infer<typeof SurveyCreate>;

export const Survey = z.object({
  id: Id,
  title: z.string(),
  intro: z.string(),
  statements: z.array(Statement),
  freeTextPrompt: z.string().nullable(),
  teams: z.array(z.object({ id: Id, name: z.string() })),
  opensOn: IsoDate,
  closesOn: IsoDate,
  minResponses: z.number().int(),
  status: z.enum(['scheduled', 'open', 'closed']),
  responses: z.number().int().describe('How many answered in all'),
  answeredByMe: z.boolean(),
  canAnswer: z.boolean(),
  createdAt: Timestamp,
});
export type Survey = z.infer<typeof Survey>;

export const LIKERT = [1, 2, 3, 4, 5] as const;
export const SurveyAnswer = z.object({
  ratings: z.record(Key, z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5')).describe('statement key → 1 (disagree) … 5 (agree)'),
  comment: z.string().trim().max(2000).default(''),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

export const StatementResult = z.object({ key: z.string(), mean: z.number(), distribution: z.array(z.number().int()).length(5) });

/** A group's result; below the survey's minimum it says only that, and how many answers are missing. */
export const GroupResult = z.discriminatedUnion('suppressed', [
  z.object({ suppressed: z.literal(false), responses: z.number().int(), statements: z.array(StatementResult), comments: z.array(z.string()) }),
  z.object({ suppressed: z.literal(true), minResponses: z.number().int() }),
]);
export type GroupResult = z.infer<typeof GroupResult>;

export const SurveyResults = z.object({
  surveyId: Id,
  overall: GroupResult,
  teams: z.array(z.object({ teamId: Id, teamName: z.string(), result: GroupResult })),
});
export type SurveyResults = z.infer<typeof SurveyResults>;

export const SurveyResultsQuery = z.object({ teamId: Id.optional() });

// ── Enablement ─────────────────────────────────────────────────────────────────────────────────

export const AUDIENCES = ['all_members', 'leads', 'business_side', 'it_side'] as const;
export const Audience = z.enum(AUDIENCES);

export const LearningOfferCreate = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(4000).default(''),
  expectedFor: z.array(Audience).max(4).default([]).describe('Whom the operating model expects to complete it'),
  durationHours: z.number().int().min(1).max(1000).nullable().default(null),
});
export type LearningOfferCreate = z.infer<typeof LearningOfferCreate>;
// Without the create defaults: a field left out of an edit keeps its value instead of being reset.
const offerFields = LearningOfferCreate.shape;
export const LearningOfferUpdate = z
  .object({ title: offerFields.title, description: offerFields.description.unwrap(), expectedFor: offerFields.expectedFor.unwrap(), durationHours: offerFields.durationHours.unwrap() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type LearningOfferUpdate = z.infer<typeof LearningOfferUpdate>;

export const LearningOffer = LearningOfferCreate.extend({ id: Id, completions: z.number().int(), version: z.number().int(), createdAt: Timestamp });
export type LearningOffer = z.infer<typeof LearningOffer>;

export const CompletionCreate = z.object({ personId: Id, completedOn: IsoDate });
export const Completion = z.object({ id: Id, offerId: Id, offerTitle: z.string(), personId: Id, personName: z.string(), completedOn: IsoDate });
export type Completion = z.infer<typeof Completion>;

export const TeamEnablement = z.object({
  teamId: Id,
  offers: z.array(
    z.object({ offerId: Id, title: z.string(), expected: z.number().int(), enabled: z.number().int(), share: z.number().nullable(), missing: z.array(z.object({ id: Id, name: z.string() })) }),
  ),
});
export type TeamEnablement = z.infer<typeof TeamEnablement>;

// ── Transformation roadmap ─────────────────────────────────────────────────────────────────────

export const INITIATIVE_STATUSES = ['planned', 'in_progress', 'done', 'on_hold'] as const;
export const InitiativeStatus = z.enum(INITIATIVE_STATUSES);

const initiativeFields = {
  title: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(4000),
  ownerId: Id.nullable().describe('The person who owns the initiative'),
  teamIds: z.array(Id).max(500).describe('Teams it concerns'),
  status: InitiativeStatus,
  startDate: IsoDate,
  endDate: IsoDate,
};
export const InitiativeCreate = z
  .object({ ...initiativeFields, description: initiativeFields.description.default(''), ownerId: initiativeFields.ownerId.default(null), teamIds: initiativeFields.teamIds.default([]), status: initiativeFields.status.default('planned') })
  .refine((i) => i.endDate >= i.startDate, { path: ['endDate'], message: 'must not be before the start date' });
export type InitiativeCreate = z.infer<typeof InitiativeCreate>;
export const InitiativeUpdate = z.object(initiativeFields).partial().refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type InitiativeUpdate = z.infer<typeof InitiativeUpdate>;

export const MilestoneCreate = z.object({ title: z.string().trim().min(1, 'must not be empty').max(200), dueOn: IsoDate });
export const MilestoneUpdate = z
  .object({ title: z.string().trim().min(1).max(200), dueOn: IsoDate, doneOn: IsoDate.nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');

export const Milestone = z.object({ id: Id, initiativeId: Id, title: z.string(), dueOn: IsoDate, doneOn: IsoDate.nullable(), overdue: z.boolean(), version: z.number().int() });
export type Milestone = z.infer<typeof Milestone>;

export const Initiative = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  owner: z.object({ id: Id, name: z.string() }).nullable(),
  teams: z.array(z.object({ id: Id, name: z.string() })),
  status: InitiativeStatus,
  startDate: IsoDate,
  endDate: IsoDate,
  milestones: z.array(Milestone),
  overdueMilestones: z.number().int(),
  version: z.number().int(),
});
export type Initiative = z.infer<typeof Initiative>;

export const ChangeAbilities = z.object({ manage: z.boolean().describe('Edit the maturity model, surveys, offers and roadmap') });

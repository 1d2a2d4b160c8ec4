import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Cents, YearMonth } from './money.ts';

export const SERVICE_KINDS = ['business_service', 'core_service', 'data_platform', 'ai_service'] as const;
export const ServiceKind = z.enum(SERVICE_KINDS);
export type ServiceKind = z.infer<typeof ServiceKind>;
/** Kinds a platform team provides to others, priced per unit of consumption. */
export const PROVIDED_KINDS: readonly ServiceKind[] = ['core_service', 'data_platform', 'ai_service'];

export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export const Criticality = z.enum(CRITICALITIES);
export type Criticality = z.infer<typeof Criticality>;

export const SERVICE_LIFECYCLES = ['planned', 'live', 'deprecated', 'retired'] as const;
export const ServiceLifecycle = z.enum(SERVICE_LIFECYCLES);
export type ServiceLifecycle = z.infer<typeof ServiceLifecycle>;

export const Link = z.object({ label: z.string().trim().min(1, 'must not be empty').max(120), url: z.url().max(2000) });
export type Link = z.infer<typeof Link>;

export const ServiceLevel = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(120).describe('e.g. Availability, p95 latency'),
  target: z.string().trim().min(1, 'must not be empty').max(120).describe('e.g. 99.9 %, < 300 ms'),
});

const serviceFields = {
  name: z.string().trim().min(1, 'must not be empty').max(120),
  kind: ServiceKind,
  ownerTeamId: Id.nullable(),
  criticality: Criticality,
  lifecycle: ServiceLifecycle,
  description: z.string().trim().max(4000),
  links: z.array(Link).max(20),
  unit: z.string().trim().min(1, 'must not be empty').max(120).nullable().describe('Unit of consumption, e.g. "per policy issued"; provided services only'),
  unitPriceCents: Cents.nullable().describe('Price of one unit in cents; provided services only'),
  serviceLevels: z.array(ServiceLevel).max(20),
  dependsOn: z.array(Id).max(100).describe('Services this one depends on'),
};

export const ServiceCreate = z.object({
  ...serviceFields,
  ownerTeamId: serviceFields.ownerTeamId.default(null),
  lifecycle: serviceFields.lifecycle.default('planned'),
  description: serviceFields.description.default(''),
  links: serviceFields.links.default([]),
  unit: serviceFields.unit.default(null),
  unitPriceCents: serviceFields.unitPriceCents.default(null),
  serviceLevels: serviceFields.serviceLevels.default([]),
  dependsOn: serviceFields.dependsOn.default([]),
});
export type ServiceCreate = z.infer<typeof ServiceCreate>;

export const ServiceUpdate = z
  .object(serviceFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type ServiceUpdate = z.infer<typeof ServiceUpdate>;

export const ServiceRef = z.object({ id: Id, name: z.string(), kind: ServiceKind, lifecycle: ServiceLifecycle });
export type ServiceRef = z.infer<typeof ServiceRef>;

export const ServiceAbilities = z.object({ update: z.boolean(), recordConsumption: z.boolean() });

export const Service = z.object({
  id: Id,
  name: z.string(),
  kind: ServiceKind,
  ownerTeam: z.object({ id: Id, name: z.string() }).nullable(),
  criticality: Criticality,
  lifecycle: ServiceLifecycle,
  description: z.string(),
  links: z.array(Link),
  unit: z.string().nullable(),
  unitPriceCents: z.number().int().nullable(),
  serviceLevels: z.array(ServiceLevel),
  dependsOn: z.array(ServiceRef),
  usedBy: z.array(ServiceRef).describe('Services that depend on this one'),
  abilities: ServiceAbilities,
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Service = z.infer<typeof Service>;

export const ServiceSummary = Service.omit({ description: true, links: true, serviceLevels: true, usedBy: true, abilities: true, createdAt: true, updatedAt: true });
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServicesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: ServiceKind.optional(),
  lifecycle: ServiceLifecycle.optional(),
  criticality: Criticality.optional(),
  ownerTeamId: Id.optional(),
});

// Consumption: team × provided service × month × quantity; with the unit price it is the team's allocated cost.
export const Quantity = z.number().int('must be a whole number of units').min(0, 'must not be negative').max(1_000_000_000_000);

export const ConsumptionEntry = z.object({
  teamId: Id,
  serviceId: Id,
  month: YearMonth,
  quantity: Quantity,
});
export type ConsumptionEntry = z.infer<typeof ConsumptionEntry>;

export const ConsumptionBatch = z.object({
  idempotencyKey: z.string().trim().min(8, 'must be at least 8 characters').max(200).describe('A retry with the same key and items is not counted twice'),
  items: z.array(ConsumptionEntry).min(1, 'must hold at least one entry').max(10_000),
});
export type ConsumptionBatch = z.infer<typeof ConsumptionBatch>;

export const ConsumptionRecord = z.object({
  id: Id,
  teamId: Id,
  teamName: z.string(),
  serviceId: Id,
  serviceName: z.string(),
  month: YearMonth,
  quantity: z.number().int(),
  unit: z.string().nullable(),
  unitPriceCents: z.number().int().describe('The price that applied when the quantity was recorded'),
  costCents: z.number().int().describe('quantity × unit price'),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type ConsumptionRecord = z.infer<typeof ConsumptionRecord>;

export const ConsumptionQuery = z.object({
  teamId: Id.optional(),
  serviceId: Id.optional(),
  from: YearMonth.optional(),
  to: YearMonth.optional(),
});

export const ConsumptionBatchResult = z.object({
  batchId: Id,
  idempotencyKey: z.string(),
  entries: z.number().int(),
  totalCostCents: z.number().int(),
  replayed: z.boolean().describe('True when this key was already applied; nothing was written again'),
});
export type ConsumptionBatchResult = z.infer<typeof ConsumptionBatchResult>;

export const RowError = z.object({ row: z.number().int().describe('1-based line number in the file, header = 1'), column: z.string(), message: z.string() });
export type RowError = z.infer<typeof RowError>;

export const ConsumptionImport = z.object({
  csv: z.string().min(1, 'must not be empty').max(5_000_000).describe('Columns: team, service, month (YYYY-MM), quantity; team and service by name or id'),
  idempotencyKey: ConsumptionBatch.shape.idempotencyKey,
  dryRun: z.boolean().default(true),
});

export const ConsumptionImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  errors: z.array(RowError),
  preview: z.array(ConsumptionEntry.extend({ teamName: z.string(), serviceName: z.string(), costCents: z.number().int() })),
  result: ConsumptionBatchResult.nullable(),
});

export const TeamServices = z.object({
  owned: z.array(ServiceSummary),
  consumed: z.array(
    z.object({ service: ServiceRef, unit: z.string().nullable(), months: z.number().int(), quantity: z.number().int(), costCents: z.number().int(), lastMonth: YearMonth }),
  ),
});
export type TeamServices = z.infer<typeof TeamServices>;

import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const BUSINESS_DISCIPLINES = ['marketing', 'product', 'sales', 'legal', 'finance', 'operations', 'actuarial'] as const;
export const IT_DISCIPLINES = ['engineering', 'architecture', 'data', 'security', 'design', 'it_operations'] as const;
export const DISCIPLINES = [...BUSINESS_DISCIPLINES, ...IT_DISCIPLINES] as const;

export const Discipline = z.enum(DISCIPLINES);
export type Discipline = z.infer<typeof Discipline>;
export const Side = z.enum(['business', 'it']);
export type Side = z.infer<typeof Side>;

export function sideOf(discipline: Discipline): Side {
  return (BUSINESS_DISCIPLINES as readonly string[]).includes(discipline) ? 'business' : 'it';
}

const name = z.string().trim().min(1, 'must not be empty').max(120);

export const PersonCreate = z.object({
  name,
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  discipline: Discipline,
  jobTitle: z.string().trim().max(120).default(''),
});
export type PersonCreate = z.infer<typeof PersonCreate>;

export const PersonUpdate = PersonCreate.partial().refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const Person = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  discipline: Discipline,
  side: Side,
  jobTitle: z.string(),
  allocation: z.number().int().describe('Sum of allocation % across teams today'),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

export const PeopleQuery = z.object({
  q: z.string().trim().max(100).optional(),
  discipline: Discipline.optional(),
  side: Side.optional(),
});

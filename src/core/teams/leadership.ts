import { sideOf, type Discipline, type Stage } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';

export interface LeadCandidate {
  id: string;
  name: string;
  discipline: Discipline;
}

export const STAGES_NEEDING_LEADS: readonly Stage[] = ['chartered', 'active'];

/**
 * The dual leadership rule: a chartered or active team has a business lead from a business-side
 * discipline and an IT lead from an IT-side one, and they are two different people.
 */
export function leadershipProblems(stage: Stage, businessLead: LeadCandidate | null, itLead: LeadCandidate | null): FieldError[] {
  const problems: FieldError[] = [];
  const needsLeads = STAGES_NEEDING_LEADS.includes(stage);
  if (needsLeads && !businessLead) {
    problems.push({ field: 'businessLeadId', code: 'lead_required', message: `${article(stage)} ${stage} team needs a business lead` });
  }
  if (needsLeads && !itLead) {
    problems.push({ field: 'itLeadId', code: 'lead_required', message: `${article(stage)} ${stage} team needs an IT lead` });
  }
  if (businessLead && sideOf(businessLead.discipline) !== 'business') {
    problems.push({
      field: 'businessLeadId',
      code: 'lead_side',
      message: `${businessLead.name} works in ${businessLead.discipline}, an IT-side discipline; the business lead comes from the business side`,
    });
  }
  if (itLead && sideOf(itLead.discipline) !== 'it') {
    problems.push({
      field: 'itLeadId',
      code: 'lead_side',
      message: `${itLead.name} works in ${itLead.discipline}, a business-side discipline; the IT lead comes from the IT side`,
    });
  }
  if (businessLead && itLead && businessLead.id === itLead.id) {
    problems.push({ field: 'itLeadId', code: 'lead_same_person', message: 'the business lead and the IT lead must be two different people' });
  }
  return problems;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

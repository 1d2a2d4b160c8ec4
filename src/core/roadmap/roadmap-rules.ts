import type { FieldError } from '../shared/errors.ts';

/** A milestone is overdue once its due day has passed without it being done. */
export function isOverdue(milestone: { dueOn: string; doneOn: string | null }, today: string): boolean {
  return milestone.doneOn === null && milestone.dueOn < today;
}

export function overdueCount(milestones: readonly { dueOn: string; doneOn: string | null }[], today: string): number {
  return milestones.filter((m) => isOverdue(m, today)).length;
}

/**
 * An initiative's dates hold its milestones: the end is not before the start, and every milestone
 * falls between them. `changed` names the date the caller edited, so the error points at it.
 */
export function initiativeDateProblems(
  dates: { startDate: string; endDate: string },
  milestones: readonly { title: string; dueOn: string }[],
  changed: readonly ('startDate' | 'endDate')[] = ['startDate', 'endDate'],
): FieldError[] {
  if (dates.endDate < dates.startDate) {
    const field = changed.includes('endDate') || !changed.includes('startDate') ? 'endDate' : 'startDate';
    return [{ field, code: 'date_order', message: field === 'endDate' ? `must not be before the start date (${dates.startDate})` : `must not be after the end date (${dates.endDate})` }];
  }
  const early = milestones.filter((m) => m.dueOn < dates.startDate);
  const late = milestones.filter((m) => m.dueOn > dates.endDate);
  const list = (ms: readonly { title: string; dueOn: string }[]) => ms.map((m) => `“${m.title}” (${m.dueOn})`).join(', ');
  return [
    ...(early.length ? [{ field: 'startDate', code: 'milestone_outside', message: `milestones would fall before the start: ${list(early)}` }] : []),
    ...(late.length ? [{ field: 'endDate', code: 'milestone_outside', message: `milestones would fall after the end: ${list(late)}` }] : []),
  ];
}

/** A milestone is due within its initiative's dates. */
export function dueOnProblems(dueOn: string, initiative: { startDate: string; endDate: string }): FieldError[] {
  if (dueOn >= initiative.startDate && dueOn <= initiative.endDate) return [];
  return [{ field: 'dueOn', code: 'outside_initiative', message: `must be within the initiative, ${initiative.startDate} to ${initiative.endDate}` }];
}

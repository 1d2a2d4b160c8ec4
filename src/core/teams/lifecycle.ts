import type { Stage } from '../../contracts/index.ts';

/** proposed → chartered → active → sunset; a team may also be sunset before it ever went live. */
const NEXT: Record<Stage, readonly Stage[]> = {
  proposed: ['chartered', 'sunset'],
  chartered: ['active', 'sunset'],
  active: ['sunset'],
  sunset: [],
};

export function canTransition(from: Stage, to: Stage): boolean {
  return NEXT[from].includes(to);
}

export function nextStages(from: Stage): readonly Stage[] {
  return NEXT[from];
}

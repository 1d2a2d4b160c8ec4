import { LIKERT } from '../../../contracts/index.ts';

export const LIKERT_KEYS = {
  1: 'likert.1',
  2: 'likert.2',
  3: 'likert.3',
  4: 'likert.4',
  5: 'likert.5',
} as const satisfies Record<(typeof LIKERT)[number], string>;

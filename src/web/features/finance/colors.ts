import type { CostCategory } from '../../../contracts/index.ts';

// Colours that stay apart for people with a red-green weakness too (blue, orange, grey, dark lines),
// and whose labels and lines keep 3:1 against the white page.
export const FINANCE_COLORS = {
  revenue: '#2b8a3e',
  directCost: '#1864ab',
  allocated: '#74c0fc',
  margin: '#212529',
  budget: '#495057',
  actual: '#1864ab',
  forecast: '#e8590c',
  overrun: '#c92a2a',
  plannedBudget: '#adb5bd',
} as const;

export const CATEGORY_COLORS: Record<CostCategory, string> = {
  people: '#1864ab',
  cloud: '#0c8599',
  licences: '#5f3dc4',
  marketing: '#e8590c',
  external: '#862e9c',
  other: '#868e96',
};

/** For services and streams: as many distinct colours as a chart of ten bars needs. */
export const SERIES_COLORS = ['#1864ab', '#e8590c', '#2b8a3e', '#5f3dc4', '#0c8599', '#c2255c', '#5c940d', '#862e9c', '#e67700', '#495057'] as const;

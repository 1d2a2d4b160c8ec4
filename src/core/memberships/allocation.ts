export interface AllocationSpan {
  allocation: number;
  startDate: string;
  endDate: string | null;
}

export interface AllocationPeak {
  total: number;
  date: string;
}

const covers = (span: AllocationSpan, date: string) => span.startDate <= date && (span.endDate === null || span.endDate >= date);

/**
 * The highest total allocation of one person on any date. Totals only rise where a span starts,
 * so checking every start date is enough. ISO dates compare correctly as strings.
 */
export function peakAllocation(spans: readonly AllocationSpan[]): AllocationPeak {
  let peak: AllocationPeak = { total: 0, date: '' };
  for (const { startDate } of spans) {
    const total = spans.reduce((sum, s) => (covers(s, startDate) ? sum + s.allocation : sum), 0);
    if (total > peak.total || (total === peak.total && startDate < peak.date)) peak = { total, date: startDate };
  }
  return peak;
}

export const MAX_ALLOCATION = 100;

export function allocationOn(spans: readonly AllocationSpan[], date: string): number {
  return spans.reduce((sum, s) => (covers(s, date) ? sum + s.allocation : sum), 0);
}

export function isCurrent(span: Pick<AllocationSpan, 'startDate' | 'endDate'>, date: string): boolean {
  return covers({ allocation: 0, ...span }, date);
}

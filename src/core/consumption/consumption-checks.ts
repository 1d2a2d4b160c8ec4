import { DomainError, type FieldError } from '../shared/errors.ts';

/** Unknown ids are a bad request (400); everything else the rules refuse is a 422. */
export function assertNoProblems(problems: FieldError[], what: string): void {
  if (problems.length === 0) return;
  const code = problems.every((p) => p.code === 'not_found') ? 'validation_failed' : 'rule_violation';
  const summary = problems.slice(0, 5).map((p) => `${p.field}: ${p.message}`).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  throw new DomainError(code, `${what} — ${summary}${more}`, problems);
}

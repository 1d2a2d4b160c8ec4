export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'version_mismatch'
  | 'precondition_required'
  | 'rule_violation'
  | 'team_read_only'
  | 'invalid_transition'
  | 'allocation_exceeded'
  | 'lead_required';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  too_many_attempts: 429,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_mismatch: 412,
  precondition_required: 428,
  rule_violation: 422,
  team_read_only: 409,
  invalid_transition: 422,
  allocation_exceeded: 422,
  lead_required: 422,
};

/** The one error type core raises; adapters map it to their protocol (HTTP problem+json, CLI exit code). */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldError[];

  constructor(code: ErrorCode, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.status = STATUS[code];
    this.fields = fields;
  }
}

export const notFound = (entity: string) => new DomainError('not_found', `${entity} not found`);
export const forbidden = (what = 'You are not allowed to do this') => new DomainError('forbidden', what);
export const versionMismatch = (entity: string) =>
  new DomainError('version_mismatch', `${entity} was changed by someone else since you loaded it; reload and try again`);

/**
 * Refuses a write whose items have problems, naming each: unknown ids are a bad request (400), a
 * sunset team a read-only conflict (409), anything else the rules refuse a 422. Nothing is written
 * in any case.
 */
export function assertNoItemProblems(problems: readonly FieldError[], what: string): void {
  if (problems.length === 0) return;
  const code = problems.every((p) => p.code === 'not_found') ? 'validation_failed' : problems.every((p) => p.code === 'team_sunset') ? 'team_read_only' : 'rule_violation';
  const summary = problems.slice(0, 5).map((p) => `${p.field}: ${p.message}`).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  throw new DomainError(code, `${what} — ${summary}${more}`, [...problems]);
}

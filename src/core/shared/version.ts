import { DomainError, versionMismatch } from './errors.ts';

/** Optimistic concurrency: an edit names the version it read; a stale edit changes nothing. */
export function assertVersion(entity: string, current: number, expected: number | undefined): void {
  if (expected === undefined) {
    throw new DomainError('precondition_required', `Send the ${entity.toLowerCase()} version you read in the If-Match header`);
  }
  if (current !== expected) throw versionMismatch(entity);
}

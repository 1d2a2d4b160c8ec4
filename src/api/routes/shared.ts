import { z } from 'zod';
import { Id, Problem } from '../../contracts/index.ts';

/** Documented error responses every route can give. */
export const problems = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  412: Problem,
  422: Problem,
  428: Problem,
  429: Problem,
};

export const IdParams = z.object({ id: Id });
export const ifMatch = { description: 'Send If-Match: "<version>" with the ETag you read' };

export const NoContent = z.null().describe('No content');

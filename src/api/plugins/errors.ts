import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../contracts/index.ts';
import { DomainError, type FieldError } from '../../core/index.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, code: string, detail: string, errors?: FieldError[]) {
  const body: Problem = {
    type: `/api/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    ...(errors && errors.length ? { errors } : {}),
    requestId: request.id,
  };
  return reply.status(status).type('application/problem+json').send(body);
}

/** Maps every failure to RFC 9457 problem+json in one place. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, request, error.status, error.code, error.message, error.fields);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const fields = error.validation.map((v) => ({
        field: fieldName(v.instancePath, v.params),
        message: v.message ?? 'is not valid',
      }));
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return sendProblem(reply, request, 400, 'validation_failed', `The ${where} is not valid — ${summary}`, fields);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendProblem(reply, request, 429, 'too_many_attempts', 'Too many requests; slow down and try again shortly');
    if (status < 500) {
      const code = error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported_media_type' : 'bad_request';
      return sendProblem(reply, request, status, code, error.message);
    }
    const pg = error as unknown as { code?: string; cause?: { code?: string } };
    if (pg.code === '23505' || pg.cause?.code === '23505') {
      return sendProblem(reply, request, 409, 'conflict', 'This conflicts with an existing record (a name or email is already taken)');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 500, 'internal_error', 'Something went wrong on our side; quote the request id when you report it');
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, request, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
}

function fieldName(instancePath: string, params: Record<string, unknown> | undefined): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const missing = params && typeof params['missingProperty'] === 'string' ? params['missingProperty'] : undefined;
  return path || missing || '(root)';
}

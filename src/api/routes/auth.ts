import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Login, Me } from '../../contracts/index.ts';
import { getMe, login, logout, systemActor } from '../../core/index.ts';
import { anonymousCtx, ctxOf } from '../context.ts';
import { SESSION_COOKIE } from '../plugins/authentication.ts';
import { NoContent, problems } from './shared.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/login',
    { schema: { tags: ['auth'], summary: 'Sign in with email and password; sets the session cookie', body: Login, response: { 200: Me, ...problems } } },
    async (request, reply) => {
      const result = await login(anonymousCtx(request, systemActor), { ...request.body, source: request.ip });
      // Whatever session the browser had is dropped: a new one is issued at every sign-in.
      if (request.sessionToken) await logout(anonymousCtx(request, request.actor ?? systemActor), request.sessionToken);
      void reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.tandem.secureCookies,
        signed: true,
        expires: result.expiresAt,
      });
      return result.me;
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: NoContent, ...problems } } }, async (request, reply) => {
    if (request.sessionToken && request.actor) await logout(ctxOf(request), request.sessionToken);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/me', { schema: { tags: ['auth'], summary: 'Who is signed in, and what they may do', response: { 200: Me, ...problems } } }, async (request) =>
    getMe(ctxOf(request)),
  );
};

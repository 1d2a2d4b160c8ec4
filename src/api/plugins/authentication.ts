import type { FastifyInstance } from 'fastify';
import { authenticateSession, authenticateToken } from '../../core/index.ts';

export const SESSION_COOKIE = 'tandem_session';

/** Resolves who is calling — a browser session cookie or an API token — before any route runs. */
export function registerAuthentication(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const now = new Date();
    const authorization = request.headers.authorization;
    // The scheme name is case-insensitive (RFC 9110 §11.1): "bearer tdm_…" is a token too.
    if (authorization && /^bearer /i.test(authorization)) {
      request.actor = await authenticateToken(app.tandem.db, authorization.slice(7).trim(), now);
      return;
    }
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    request.sessionToken = unsigned.value;
    request.actor = await authenticateSession(app.tandem.db, unsigned.value, now);
  });
}

import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (OWASP's recommended parameters). */
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

// A hash of a well-formed password, so unknown emails cost the same time as wrong passwords.
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = () => (dummyHash ??= hash('tandem-timing-dummy'));

/** 256 bits from the OS CSPRNG; only its SHA-256 is stored, so a database leak reveals no usable secret. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const TOKEN_PREFIX = 'tdm_';

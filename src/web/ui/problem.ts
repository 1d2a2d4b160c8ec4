import i18next, { type TFunction } from 'i18next';
import { isApiError, type FieldError } from '../app/api.ts';

/**
 * The API explains rule violations in English only. In English the UI shows its explanation;
 * in other languages a translated sentence per code, without the server's specifics.
 */
const serverTextFits = () => i18next.resolvedLanguage === 'en';

/** Error codes the API documents; each has its own sentence in both languages. */
const KNOWN_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'too_many_attempts',
  'forbidden',
  'not_found',
  'conflict',
  'version_mismatch',
  'precondition_required',
  'rule_violation',
  'team_read_only',
  'invalid_transition',
  'allocation_exceeded',
  'lead_required',
  'network_error',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

const isKnown = (code: string): code is KnownCode => (KNOWN_CODES as readonly string[]).includes(code);

/**
 * The sentence to show for a failed request. Rule violations carry the server's own explanation
 * (which rule, which person), so their `detail` is added to the translated headline.
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (isKnown(error.code)) {
    const headline = t(`errors.codes.${error.code}`);
    const explainsItself = ['rule_violation', 'allocation_exceeded', 'lead_required', 'invalid_transition', 'conflict'];
    return explainsItself.includes(error.code) && error.detail && serverTextFits() ? `${headline} ${error.detail}` : headline;
  }
  if (error.status === 401) return t('errors.codes.unauthenticated');
  if (error.status === 403) return t('errors.codes.forbidden');
  if (error.status === 404) return t('errors.codes.not_found');
  if (error.status === 412) return t('errors.codes.version_mismatch');
  if (error.status === 429) return t('errors.codes.too_many_attempts');
  if (error.status >= 500) return t('errors.server');
  return error.detail ?? t('errors.unexpected');
}

/** A field message from the server, translated when its code is one the UI knows. */
export function fieldMessage(error: FieldError, t: TFunction): string {
  if (serverTextFits() || !error.code) return error.message;
  const key = `errors.fieldCodes.${error.code}`;
  return i18next.exists(key) ? t(key as 'errors.fieldCodes.allocation_exceeded') : error.message;
}

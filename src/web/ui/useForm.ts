import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../app/api.ts';
import { fieldMessage, problemMessage } from './problem.ts';

type Errors = Partial<Record<string, string>>;

function issueMessage(issue: z.core.$ZodIssue, t: TFunction, customMessages: Partial<Record<string, string>>): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('errors.field.required') : t('errors.field.minLength', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t('errors.field.chooseOne');
      return t('errors.field.min', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('errors.field.maxLength', { max: Number(issue.maximum) });
      return t('errors.field.max', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('errors.field.email');
      if (issue.format === 'date') return t('errors.field.date');
      return t('errors.field.required');
    case 'invalid_type':
    case 'invalid_value':
      return t('errors.field.required');
    case 'custom':
      if (customMessages[issue.path.join('.')]) return customMessages[issue.path.join('.')]!;
      if (issue.path.includes('endDate') || issue.path.includes('periodEnd')) return t('errors.field.endBeforeStart');
      if (issue.path.includes('closesOn')) return t('errors.field.closesBeforeOpens');
      return t('errors.field.invalid');
    default:
      return t('errors.field.invalid');
  }
}

/**
 * Form state for the app's small forms: values, per-field messages (from the contract schema
 * before sending, and from the server's problem details after), and one message for the whole form.
 * `customMessages` names, per field, what a schema's own cross-field rule (a refine) means there.
 */
export function useForm<V extends Record<string, unknown>>(initial: V, customMessages: Partial<Record<string, string>> = {}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const setField = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field as string]: undefined }));
  }, []);

  /** Parses `input` with the contract schema; returns the parsed value, or null after showing the messages. */
  function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null {
    const result = schema.safeParse(input);
    if (result.success) {
      setErrors({});
      setFormError(null);
      return result.data;
    }
    const next: Errors = {};
    for (const issue of result.error.issues) {
      const field = issue.path.join('.');
      next[field] ??= issueMessage(issue, t, customMessages);
    }
    setErrors(next);
    setFormError(Object.keys(next).some((key) => key !== '') ? null : (next[''] ?? t('errors.field.invalid')));
    return null;
  }

  /** Puts a failed request's messages where they belong: on fields, or above the form. */
  function showServerError(error: unknown) {
    const fieldErrors = isApiError(error) ? error.fieldErrors : [];
    const next: Errors = {};
    for (const fieldError of fieldErrors) next[fieldError.field] ??= fieldMessage(fieldError, t);
    setErrors(next);
    // Plain validation messages that all sit on visible fields need no headline; anything else does.
    const allOnFields =
      isApiError(error) && error.code === 'validation_failed' && fieldErrors.length > 0 && fieldErrors.every((e) => e.field in values);
    setFormError(allOnFields ? null : problemMessage(error, t));
  }

  function reset(to: V = initial) {
    setValues(to);
    setErrors({});
    setFormError(null);
  }

  return { values, setField, errors, formError, validate, showServerError, reset };
}

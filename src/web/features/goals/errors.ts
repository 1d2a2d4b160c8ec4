import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../app/api.ts';

/**
 * The goals API explains its field problems in English, with a code. Outside English the code's
 * sentence from the goals texts replaces the server's; in English the server's own words stay,
 * they name the specifics (which bound, which metric).
 */
export function useGoalsErrors() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): unknown => {
      if (!isApiError(error) || i18n.resolvedLanguage === 'en') return error;
      const errors = error.fieldErrors.map((fieldError) => {
        const key = `goals.fieldCodes.${fieldError.code ?? ''}`;
        return fieldError.code && i18n.exists(key) ? { ...fieldError, message: t(key as 'goals.fieldCodes.not_found') } : fieldError;
      });
      return new ApiError({ type: 'about:blank', title: error.message, status: error.status, code: error.code, detail: error.detail, errors, requestId: error.requestId });
    },
    [t, i18n],
  );
}

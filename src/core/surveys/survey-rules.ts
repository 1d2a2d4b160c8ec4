import type { GroupResult, Survey, SurveyResults } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';

// Pure rules of the anonymous pulse surveys: no I/O, unit-tested directly.

export type SurveyStatus = Survey['status'];

/** Both dates are inclusive: a survey open from the 1st to the 14th takes answers on the 14th. */
export function surveyStatus(window: { opensOn: string; closesOn: string }, today: string): SurveyStatus {
  if (today < window.opensOn) return 'scheduled';
  if (today > window.closesOn) return 'closed';
  return 'open';
}

export interface CurrentMembership {
  teamId: string;
  teamName: string;
  allocation: number;
}

/**
 * The one team a person's answer counts for, among the survey's teams they currently belong to:
 * the one with the highest allocation (a person's memberships in one team are added up), ties
 * broken by team name, then id. One answer per person, so nobody is counted twice.
 */
export function answeringTeam(memberships: readonly CurrentMembership[]): string | null {
  const byTeam = new Map<string, CurrentMembership>();
  for (const m of memberships) {
    const seen = byTeam.get(m.teamId);
    byTeam.set(m.teamId, seen ? { ...seen, allocation: seen.allocation + m.allocation } : { ...m });
  }
  const ranked = [...byTeam.values()].sort(
    (a, b) => b.allocation - a.allocation || compareText(a.teamName, b.teamName) || compareText(a.teamId, b.teamId),
  );
  return ranked[0]?.teamId ?? null;
}

/** Problems with a survey's statements: each key may appear once. */
export function duplicateStatementKeys(statements: readonly { key: string }[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  statements.forEach((s, i) => {
    if (seen.has(s.key)) errors.push({ field: `statements.${i}.key`, code: 'duplicate', message: `"${s.key}" is already used by another statement` });
    seen.add(s.key);
  });
  return errors;
}

/** Every statement rated exactly once, nothing else rated; a comment only where the survey asks for one. */
export function answerProblems(
  survey: { statements: readonly { key: string }[]; freeTextPrompt: string | null },
  answer: { ratings: Record<string, number>; comment: string },
): FieldError[] {
  const keys = new Set(survey.statements.map((s) => s.key));
  const errors: FieldError[] = [];
  for (const s of survey.statements) {
    if (!Object.hasOwn(answer.ratings, s.key)) errors.push({ field: `ratings.${s.key}`, code: 'missing', message: 'rate this statement from 1 to 5' });
  }
  for (const key of Object.keys(answer.ratings)) {
    if (!keys.has(key)) errors.push({ field: `ratings.${key}`, code: 'unknown_statement', message: 'is not a statement of this survey' });
    else if (!isLikert(answer.ratings[key])) errors.push({ field: `ratings.${key}`, code: 'not_likert', message: 'must be a whole number from 1 to 5' });
  }
  if (answer.comment !== '' && survey.freeTextPrompt === null) {
    errors.push({ field: 'comment', code: 'no_free_text', message: 'this survey does not ask for a comment' });
  }
  return errors;
}

const isLikert = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

export interface StoredAnswer {
  teamId: string;
  ratings: Record<string, number>;
  comment: string;
}

/** A group's result, or only the fact that it has fewer answers than the survey's minimum. */
export function groupResult(statementKeys: readonly string[], answers: readonly StoredAnswer[], minResponses: number): GroupResult {
  if (answers.length === 0 || answers.length < minResponses) return { suppressed: true, minResponses };
  return {
    suppressed: false,
    responses: answers.length,
    statements: statementKeys.map((key) => {
      const distribution = [0, 0, 0, 0, 0];
      let sum = 0;
      let rated = 0;
      for (const a of answers) {
        const value = a.ratings[key];
        if (!isLikert(value)) continue;
        distribution[value - 1]! += 1;
        sum += value;
        rated += 1;
      }
      return { key, mean: rated === 0 ? 0 : Math.round((sum / rated) * 100) / 100, distribution };
    }),
    // Sorted by text, never in the order they were given (that order would let whoever saw one
    // answer arrive pick it out), and by code point, so the order does not depend on a locale.
    comments: answers
      .map((a) => a.comment.trim())
      .filter((c) => c !== '')
      .sort(compareText),
  };
}

/**
 * Overall and per-team results with every group below the minimum suppressed.
 *
 * Overall is computed over every answer, including those of suppressed teams, and has its own
 * threshold. Shown next to the visible teams it would also give away the suppressed teams'
 * answers by subtraction (overall − the visible teams = the suppressed ones), so it is suppressed
 * too whenever the suppressed teams hold some answers but fewer than the minimum between them.
 * In particular, exactly one suppressed team with answers always suppresses overall.
 */
export function surveyResults(
  survey: { id: string; statements: readonly { key: string }[]; minResponses: number },
  teams: readonly { id: string; name: string }[],
  answers: readonly StoredAnswer[],
): SurveyResults {
  const keys = survey.statements.map((s) => s.key);
  const min = survey.minResponses;
  const ordered = [...teams].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const teamResults = ordered.map((t) => {
    const own = answers.filter((a) => a.teamId === t.id);
    return { teamId: t.id, teamName: t.name, count: own.length, result: groupResult(keys, own, min) };
  });
  const hiddenAnswers = teamResults.filter((t) => t.result.suppressed).reduce((sum, t) => sum + t.count, 0);
  const derivable = hiddenAnswers > 0 && hiddenAnswers < min;
  const overall: GroupResult = derivable ? { suppressed: true, minResponses: min } : groupResult(keys, answers, min);
  return { surveyId: survey.id, overall, teams: teamResults.map(({ teamId, teamName, result }) => ({ teamId, teamName, result })) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { describe, expect, it } from 'vitest';
import {
  answeringTeam,
  answerProblems,
  duplicateStatementKeys,
  groupResult,
  surveyResults,
  surveyStatus,
  type StoredAnswer,
} from '../../src/core/surveys/survey-rules.ts';

const survey = { id: 's', statements: [{ key: 'partnership' }, { key: 'ownership' }], minResponses: 3 };
const keys = survey.statements.map((s) => s.key);
const answer = (teamId: string, partnership: number, ownership: number, comment = ''): StoredAnswer => ({ teamId, ratings: { partnership, ownership }, comment });
const many = (teamId: string, n: number) => Array.from({ length: n }, (_, i) => answer(teamId, (i % 5) + 1, 3, `${teamId} comment ${i}`));

describe('surveyStatus', () => {
  const window = { opensOn: '2026-03-01', closesOn: '2026-03-14' };
  it('is scheduled before the opening day, open on both end days, closed after', () => {
    expect(surveyStatus(window, '2026-02-28')).toBe('scheduled');
    expect(surveyStatus(window, '2026-03-01')).toBe('open');
    expect(surveyStatus(window, '2026-03-14')).toBe('open');
    expect(surveyStatus(window, '2026-03-15')).toBe('closed');
  });
  it('is open on the only day of a one-day survey', () => {
    expect(surveyStatus({ opensOn: '2026-03-01', closesOn: '2026-03-01' }, '2026-03-01')).toBe('open');
  });
});

describe('answeringTeam', () => {
  it('is none without a membership', () => {
    expect(answeringTeam([])).toBeNull();
  });
  it('picks the team with the highest allocation', () => {
    expect(answeringTeam([{ teamId: 'a', teamName: 'Alpha', allocation: 20 }, { teamId: 'b', teamName: 'Beta', allocation: 60 }])).toBe('b');
  });
  it('adds up several memberships in one team', () => {
    const list = [
      { teamId: 'a', teamName: 'Alpha', allocation: 30 },
      { teamId: 'a', teamName: 'Alpha', allocation: 30 },
      { teamId: 'b', teamName: 'Beta', allocation: 50 },
    ];
    expect(answeringTeam(list)).toBe('a');
  });
  it('breaks a tie by team name', () => {
    expect(answeringTeam([{ teamId: 'z', teamName: 'Zahlungsverkehr', allocation: 50 }, { teamId: 'y', teamName: 'Antragsstrecke', allocation: 50 }])).toBe('y');
  });
});

describe('duplicateStatementKeys', () => {
  it('names the second use of a key', () => {
    expect(duplicateStatementKeys([{ key: 'a' }, { key: 'b' }, { key: 'a' }])).toEqual([expect.objectContaining({ field: 'statements.2.key', code: 'duplicate' })]);
    expect(duplicateStatementKeys([{ key: 'a' }, { key: 'b' }])).toEqual([]);
  });
});

describe('answerProblems', () => {
  const s = { statements: [{ key: 'a' }, { key: 'b' }], freeTextPrompt: null as string | null };
  it('accepts every statement rated once', () => {
    expect(answerProblems(s, { ratings: { a: 1, b: 5 }, comment: '' })).toEqual([]);
  });
  it('names a missing rating, an unknown key and a value off the scale', () => {
    expect(answerProblems(s, { ratings: { a: 6, c: 3 }, comment: '' }).map((e) => [e.field, e.code])).toEqual([
      ['ratings.b', 'missing'],
      ['ratings.a', 'not_likert'],
      ['ratings.c', 'unknown_statement'],
    ]);
  });
  it('takes a comment only when the survey asks for one', () => {
    expect(answerProblems(s, { ratings: { a: 1, b: 1 }, comment: 'Mehr Tempo' })).toEqual([expect.objectContaining({ field: 'comment', code: 'no_free_text' })]);
    expect(answerProblems({ ...s, freeTextPrompt: 'Was fehlt?' }, { ratings: { a: 1, b: 1 }, comment: 'Mehr Tempo' })).toEqual([]);
  });
});

describe('groupResult', () => {
  it('is suppressed with no answers at all', () => {
    expect(groupResult(keys, [], 3)).toEqual({ suppressed: true, minResponses: 3 });
  });
  it('is suppressed one answer below the minimum, and says nothing else', () => {
    expect(groupResult(keys, many('a', 2), 3)).toEqual({ suppressed: true, minResponses: 3 });
  });
  it('is shown exactly at the minimum, with means to two decimals and 1–5 distributions', () => {
    const result = groupResult(keys, [answer('a', 1, 2), answer('a', 2, 2), answer('a', 2, 5)], 3);
    expect(result).toEqual({
      suppressed: false,
      responses: 3,
      statements: [
        { key: 'partnership', mean: 1.67, distribution: [1, 2, 0, 0, 0] },
        { key: 'ownership', mean: 3, distribution: [0, 2, 0, 0, 1] },
      ],
      comments: [],
    });
  });
  it('lists non-empty comments sorted, whatever order the answers came in', () => {
    const answers = [answer('a', 1, 1, 'zu langsam'), answer('a', 1, 1, ''), answer('a', 1, 1, 'Alles gut'), answer('a', 1, 1, 'mehr Budget')];
    const forwards = groupResult(keys, answers, 3);
    const backwards = groupResult(keys, [...answers].reverse(), 3);
    expect(forwards.suppressed === false && forwards.comments).toEqual(['Alles gut', 'mehr Budget', 'zu langsam']);
    expect(backwards).toEqual(forwards);
  });
});

describe('surveyResults', () => {
  const teams = [
    { id: 'b', name: 'Beta' },
    { id: 'a', name: 'Alpha' },
  ];
  it('shows overall and every team at or above the minimum, teams by name', () => {
    const results = surveyResults(survey, teams, [...many('a', 3), ...many('b', 4)]);
    expect(results.teams.map((t) => [t.teamName, t.result.suppressed])).toEqual([
      ['Alpha', false],
      ['Beta', false],
    ]);
    expect(results.overall).toMatchObject({ suppressed: false, responses: 7 });
  });

  it('suppresses overall on its own count', () => {
    const results = surveyResults(survey, teams, [answer('a', 5, 5)]);
    expect(results.overall).toEqual({ suppressed: true, minResponses: 3 });
    expect(results.teams.every((t) => t.result.suppressed)).toBe(true);
  });

  it('suppresses overall when exactly one team is suppressed, so subtraction cannot reveal that team', () => {
    const results = surveyResults(survey, teams, [...many('a', 10), ...many('b', 2)]);
    expect(results.teams.find((t) => t.teamId === 'b')!.result).toEqual({ suppressed: true, minResponses: 3 });
    expect(results.teams.find((t) => t.teamId === 'a')!.result).toMatchObject({ suppressed: false, responses: 10 });
    expect(results.overall).toEqual({ suppressed: true, minResponses: 3 });
  });

  it('also suppresses overall when several suppressed teams hold fewer answers than the minimum between them', () => {
    const three = [...teams, { id: 'c', name: 'Gamma' }];
    const results = surveyResults(survey, three, [...many('a', 10), answer('b', 1, 1), answer('c', 5, 5)]);
    expect(results.overall.suppressed).toBe(true);
  });

  it('shows overall when the suppressed teams hold at least the minimum between them', () => {
    const three = [...teams, { id: 'c', name: 'Gamma' }];
    const results = surveyResults(survey, three, [...many('a', 10), ...many('b', 2), ...many('c', 2)]);
    expect(results.teams.filter((t) => t.result.suppressed).map((t) => t.teamId)).toEqual(['b', 'c']);
    expect(results.overall).toMatchObject({ suppressed: false, responses: 14 });
  });

  it('shows overall beside a suppressed team without answers: there is nothing to subtract', () => {
    const results = surveyResults(survey, teams, many('a', 4));
    expect(results.teams.find((t) => t.teamId === 'b')!.result.suppressed).toBe(true);
    expect(results.overall).toMatchObject({ suppressed: false, responses: 4 });
  });

  it('keeps a suppressed team’s answers in a shown overall', () => {
    const three = [...teams, { id: 'c', name: 'Gamma' }];
    const results = surveyResults(survey, three, [...many('a', 3), answer('b', 1, 1, 'b1'), answer('b', 1, 1, 'b2'), answer('c', 1, 1, 'c1'), answer('c', 1, 1, 'c2')]);
    expect(results.overall.suppressed === false && results.overall.comments).toEqual(expect.arrayContaining(['b1', 'b2', 'c1', 'c2']));
  });

  it('is suppressed everywhere with no answers', () => {
    const results = surveyResults(survey, teams, []);
    expect(results.overall.suppressed).toBe(true);
    expect(results.teams.every((t) => t.result.suppressed)).toBe(true);
  });
});

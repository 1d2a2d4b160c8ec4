import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, DECISION_CATEGORIES, DECISION_STATUSES, DISCIPLINES, SERVICE_KINDS, STAGES } from '../../src/contracts/index.ts';
import de from '../../src/web/i18n/de.json' with { type: 'json' };
import en from '../../src/web/i18n/en.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
const lookup = (tree: Tree, path: string) => path.split('.').reduce<Tree | string | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);

describe('translations', () => {
  it('has the same keys in German and English', () => {
    const missingInEn = keys(de as Tree).filter((k) => lookup(en as Tree, k) === undefined);
    const missingInDe = keys(en as Tree).filter((k) => lookup(de as Tree, k) === undefined);
    expect({ missingInEn, missingInDe }).toEqual({ missingInEn: [], missingInDe: [] });
  });

  it.each([
    ['audit.actions', AUDIT_ACTIONS],
    ['audit.entityTypes', AUDIT_ENTITY_TYPES],
    ['stage', STAGES],
    ['discipline', DISCIPLINES],
    ['serviceKind', SERVICE_KINDS],
    ['decisionStatus', DECISION_STATUSES],
    ['decisionCategory', DECISION_CATEGORIES],
  ] as const)('names every value of %s in both languages', (prefix, values) => {
    for (const dict of [de, en] as Tree[]) {
      expect(values.filter((v) => typeof lookup(dict, `${prefix}.${v}`) !== 'string')).toEqual([]);
    }
  });

  it('has no empty texts', () => {
    for (const dict of [de, en] as Tree[]) expect(keys(dict).filter((k) => lookup(dict, k) === '')).toEqual([]);
  });
});

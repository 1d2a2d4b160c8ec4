import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam } from '../../src/core/index.ts';
import { queryRows } from '../../src/db/client.ts';
import { createWorkspace, ctxOn, tandem, type Workspace } from '../support/tandem-process.ts';

let ws: Workspace;
const HEADER = 'team;month;kind;category;expense_type;stream;amount;reference';

const count = async (query: ReturnType<typeof sql>) => {
  const database = await ws.open();
  try {
    return Number((await queryRows<{ n: number | string }>(database.db, query))[0]!.n);
  } finally {
    await database.close();
  }
};

beforeAll(async () => {
  ws = await createWorkspace('tandem-finance-cli-');
  // The CLI opens the database itself: prepare it, then let go of it.
  const database = await ws.open();
  const team = { mission: '', mandateScope: '', customerSegment: '', businessLeadId: null, itLeadId: null };
  await createTeam(ctxOn(database), { ...team, name: 'Kfz-Direkt', kind: 'fusion', mandateKind: 'product' });
  await createTeam(ctxOn(database), { ...team, name: 'Kernsysteme', kind: 'platform', mandateKind: 'platform' });
  await database.close();
});
afterAll(() => ws.cleanup());

describe('tandem finance import', () => {
  it('checks every row first, prints each problem with row and column, and books nothing', async () => {
    const file = join(ws.dataDir, 'bad.csv');
    writeFileSync(file, [HEADER, 'Kfz-Direkt;2026-01;cost;cloud;;;1.234,56;', 'Kfz-Direkt;2026-13;cost;cloud;;;5;', 'Kernsysteme;2026-01;revenue;;;App;12,345;', 'Niemand;2026-01;cost;cloud;;;1;'].join('\n'));
    const res = await tandem(ws, ['finance', 'import', file, '--apply']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`${file}:3: month: "2026-13" is not a month as YYYY-MM`);
    expect(res.stderr).toContain(`${file}:4: amount: "12,345" has more than 2 decimals`);
    expect(res.stderr).toContain(`${file}:5: team: no team named "Niemand"`);
    expect(res.stderr).toContain('4 rows, 3 problems; nothing was booked.');
    expect(await count(sql`select count(*) as n from ledger_entries`)).toBe(0);
  });

  it('books a large file in batches of 10,000 under keys from the file’s hash, and never twice', async () => {
    const file = join(ws.dataDir, 'actuals.csv');
    const rows = Array.from({ length: 20_001 }, (_, i) => (i % 4 === 3 ? `Kfz-Direkt;2026-0${(i % 9) + 1};revenue;;;Telematik;${i},50;` : `kfz-direkt;2026-0${(i % 9) + 1};cost;people;capex;;-${i % 7}.25;LOHN-${i}`));
    writeFileSync(file, [HEADER, ...rows].join('\r\n'));
    const total = rows.reduce((sum, r) => {
      const amount = r.split(';')[6]!;
      const [whole, cents] = amount.replace('-', '').split(/[.,]/);
      return sum + (amount.startsWith('-') ? -1 : 1) * (Number(whole) * 100 + Number(cents));
    }, 0);

    const checked = await tandem(ws, ['finance', 'import', file]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(`20001 rows checked, no problems; total ${(total / 100).toFixed(2)}. Nothing booked yet`);
    expect(await count(sql`select count(*) as n from ledger_entries`)).toBe(0);

    const applied = await tandem(ws, ['finance', 'import', file, '--apply']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/Booked 20001 entries in 3 batches \(keys ledger-file-[0-9a-f]{64}:1 to :3\)/);
    expect(await count(sql`select count(*) as n from ledger_batches where idempotency_key like 'ledger-file-%' and entries in (10000, 1)`)).toBe(3);

    const again = await tandem(ws, ['finance', 'import', file, '--apply']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Booked 0 entries in 0 batches');
    expect(again.stdout).toContain('3 of 3 batches were booked before and were not booked again.');
    expect(await count(sql`select count(*) as n from ledger_entries`)).toBe(20_001);
    expect(await count(sql`select coalesce(sum(amount_cents), 0) as n from ledger_entries`)).toBe(total);
  }, 180_000);

  it('books an xlsx workbook under a key of one’s own', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ist');
    sheet.addRow(['team', 'month', 'kind', 'category', 'amount', 'reference']);
    sheet.addRow(['Kernsysteme', '2026-02', 'cost', 'cloud', 4711.11, 'AWS-02']);
    const file = join(ws.dataDir, 'cloud.xlsx');
    await workbook.xlsx.writeFile(file);
    const res = await tandem(ws, ['finance', 'import', file, '--apply', '--key', 'aws-invoice-2026-02']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Booked 1 entries in 1 batches (keys aws-invoice-2026-02:1 to :1); total of the file 4711.11.');
    expect(await count(sql`select count(*) as n from ledger_entries e join ledger_batches b on b.id = e.batch_id where b.idempotency_key = 'aws-invoice-2026-02:1' and e.amount_cents = 471111`)).toBe(1);
  });

  it('refuses files that are neither CSV nor xlsx, and short keys', async () => {
    expect((await tandem(ws, ['finance', 'import', join(ws.dataDir, 'actuals.txt')])).code).toBe(2);
    const short = await tandem(ws, ['finance', 'import', join(ws.dataDir, 'actuals.csv'), '--key', 'x']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--key: must be at least 8 characters');
  });
});

describe('tandem finance verify', () => {
  it('exits 0 on an intact ledger and 1 with a readable report when a sum was changed behind its back', async () => {
    const intact = await tandem(ws, ['finance', 'verify']);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/Ledger intact: 20002 entries, \d+ monthly sums agree with them\./);

    const database = await ws.open();
    await database.db.execute(sql`update ledger_team_month set cost_cents = cost_cents + 100 where month = '2026-02' and team_id = (select id from teams where name = 'Kernsysteme')`);
    await database.close();
    const broken = await tandem(ws, ['finance', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Ledger sums DO NOT MATCH the ledger: 1 differences, 0 incomplete batches.');
    expect(broken.stderr).toMatch(/team [0-9a-f-]{36}, 2026-02, cost: the sum says 4712\.11, the entries 4711\.11/);
  });
});

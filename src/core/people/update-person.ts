import { eq } from 'drizzle-orm';
import type { Person, PersonUpdate } from '../../contracts/index.ts';
import { people, teams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { assertLeadership } from '../teams/team-rules-check.ts';
import { emailTaken } from './create-person.ts';
import { allocationsOn, assertEmailFree, lockPerson, personSnapshot, presentPerson } from './person-queries.ts';

export interface UpdatePersonInput {
  id: string;
  expectedVersion: number | undefined;
  changes: PersonUpdate;
}

export async function updatePerson(ctx: Ctx, { id, expectedVersion, changes }: UpdatePersonInput): Promise<Person> {
  authorize(ctx.actor, 'person.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await lockPerson(tx, id);
    if (!before) throw notFound('Person');
    assertVersion('Person', before.version, expectedVersion);
    if (changes.email !== undefined && (await assertEmailFree(tx, changes.email, id))) throw emailTaken(changes.email);
    const [after] = await tx
      .update(people)
      .set({ ...changes, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(people.id, id))
      .returning();
    if (changes.discipline !== undefined && changes.discipline !== before.discipline) {
      // A lead who changes sides would silently break the dual leadership of the teams they lead.
      const led = await tx.select().from(teams).where(eq(teams.businessLeadId, id));
      const ledIt = await tx.select().from(teams).where(eq(teams.itLeadId, id));
      for (const team of [...led, ...ledIt]) {
        if (team.stage !== 'sunset') await assertLeadership(tx, team.stage, team.businessLeadId, team.itLeadId);
      }
    }
    await recordAuditEvent(tx, ctx, { action: 'person.update', entityType: 'person', entityId: id, before: personSnapshot(before), after: personSnapshot(after!) });
    const allocation = (await allocationsOn(tx, [id], today(ctx))).get(id) ?? 0;
    return presentPerson(after!, allocation);
  });
}

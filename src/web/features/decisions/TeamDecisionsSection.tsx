import { Group, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../contracts/index.ts';
import { ButtonLink } from '../../ui/links.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { DecisionsTable } from './DecisionsTable.tsx';
import { useDecisions } from './hooks.ts';

/** What the team decided or is deciding, newest first. */
export function TeamDecisionsSection({ team }: { team: Team }) {
  const { t } = useTranslation();
  const decisions = useDecisions({ teamId: team.id });
  return (
    <section aria-labelledby="decisions-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="decisions-heading">
          {t('decisions.title')}
        </Title>
        {team.abilities.recordDecision && (
          <ButtonLink to="/teams/$teamId/decisions/new" params={{ teamId: team.id }} search={{}} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('decision.create.action')}
          </ButtonLink>
        )}
      </Group>
      <QueryState query={decisions}>{(page) => <DecisionsTable decisions={page.items} withTeam={false} />}</QueryState>
    </section>
  );
}

import { Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { useTeamEnablement } from './hooks.ts';

/** Per learning offer: how many of those expected to complete it have, and who is still missing. */
export function TeamEnablementSection({ team }: { team: Team }) {
  const { t } = useTranslation();
  const format = useFormat();
  const enablement = useTeamEnablement(team.id);
  return (
    <section aria-labelledby="enablement-heading">
      <Title order={2} size="h3" id="enablement-heading" mb="sm">
        {t('enablement.team.title')}
      </Title>
      <QueryState query={enablement}>
        {({ offers }) =>
          offers.length === 0 ? (
            <Text>{t('enablement.team.none')}</Text>
          ) : (
            // A list, not a table: the members table stays the one table of a young team's page.
            <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-labelledby="enablement-heading">
              {offers.map((offer) => (
                <SimpleGrid
                  key={offer.offerId}
                  component="li"
                  cols={{ base: 1, sm: 3 }}
                  spacing="sm"
                  py="xs"
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
                >
                  <Text fw={600}>{offer.title}</Text>
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={(offer.share ?? 0) * 100} color="teal.8" w={100} aria-hidden />
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {t('enablement.team.enabledOf', { enabled: offer.enabled, expected: offer.expected })}
                      {offer.share !== null && ` · ${format.share(offer.share)}`}
                    </Text>
                  </Group>
                  {offer.missing.length === 0 ? (
                    <Text size="sm">{offer.expected === 0 ? '—' : t('enablement.team.allDone')}</Text>
                  ) : (
                    <Text size="sm">
                      {t('enablement.team.missing')}:{' '}
                      {offer.missing.map((person, i) => (
                        <span key={person.id}>
                          {i > 0 && ', '}
                          <AnchorLink to="/people/$personId" params={{ personId: person.id }} size="sm">
                            {person.name}
                          </AnchorLink>
                        </span>
                      ))}
                    </Text>
                  )}
                </SimpleGrid>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}

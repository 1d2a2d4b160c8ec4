import { Group, Progress, Table, Text, Title } from '@mantine/core';
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
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('enablement.offer.title')}</Table.Th>
                    <Table.Th>{t('enablement.team.share')}</Table.Th>
                    <Table.Th>{t('enablement.team.missing')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {offers.map((offer) => (
                    <Table.Tr key={offer.offerId}>
                      <Table.Td fw={600}>{offer.title}</Table.Td>
                      <Table.Td style={{ minWidth: 220 }}>
                        <Group gap="xs" wrap="nowrap">
                          <Progress value={(offer.share ?? 0) * 100} color="teal.8" w={100} aria-hidden />
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {t('enablement.team.enabledOf', { enabled: offer.enabled, expected: offer.expected })}
                            {offer.share !== null && ` · ${format.share(offer.share)}`}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {offer.missing.length === 0 ? (
                          <Text size="sm">{offer.expected === 0 ? '—' : t('enablement.team.allDone')}</Text>
                        ) : (
                          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                            {offer.missing.map((person, i) => (
                              <li key={person.id}>
                                <AnchorLink to="/people/$personId" params={{ personId: person.id }} size="sm">
                                  {person.name}
                                </AnchorLink>
                                {i < offer.missing.length - 1 && ','}
                              </li>
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </section>
  );
}

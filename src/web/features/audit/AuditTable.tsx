import { ActionIcon, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { JsonDiff } from './JsonDiff.tsx';

function EntityCell({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const typeKey = `audit.entityTypes.${event.entityType}`;
  const type = i18n.exists(typeKey) ? t(typeKey as 'audit.entityTypes.team') : event.entityType;
  const label = `${type} ${event.entityId.slice(0, 8)}`;
  if (event.entityType === 'team' && event.action !== 'team.delete') {
    return (
      <AnchorLink to="/teams/$teamId" params={{ teamId: event.entityId }} size="sm">
        {label}
      </AnchorLink>
    );
  }
  if (event.entityType === 'person') {
    return (
      <AnchorLink to="/people/$personId" params={{ personId: event.entityId }} size="sm">
        {label}
      </AnchorLink>
    );
  }
  return <Text size="sm">{label}</Text>;
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (events.length === 0) return <Text>{t('audit.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('audit.seq')}</Table.Th>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.requestId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const expanded = open.has(event.id);
            const actionKey = `audit.actions.${event.action}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray.8"
                      onClick={() => toggle(event.id)}
                      aria-expanded={expanded}
                      aria-controls={`audit-diff-${event.id}`}
                      aria-label={t('audit.showChanges', { seq: event.seq })}
                    >
                      {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>{event.seq}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(event.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.actorLabel}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`audit.actorTypes.${event.actorType}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{i18n.exists(actionKey) ? t(actionKey as 'audit.actions.team.create') : event.action}</Text>
                    <Code fz="xs">{event.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <EntityCell event={event} />
                  </Table.Td>
                  <Table.Td>
                    {event.requestId ? <Code fz="xs">{event.requestId}</Code> : '—'}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`audit-diff-${event.id}`}>
                    <Table.Td colSpan={7} bg="gray.0">
                      <JsonDiff before={event.before} after={event.after} />
                      <Text size="xs" mt="xs">
                        {t('audit.hash')}: <Code fz="xs">{event.hash}</Code>
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

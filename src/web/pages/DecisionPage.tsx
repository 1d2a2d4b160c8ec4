import { Alert, Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconExternalLink, IconGitBranch, IconPencil, IconSend, IconX } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../contracts/index.ts';
import { ApprovalModal, ApprovalsTable, type PendingVerdict } from '../features/decisions/Approvals.tsx';
import { DecisionEditModal } from '../features/decisions/DecisionForm.tsx';
import { DecisionStatusBadge } from '../features/decisions/DecisionStatusBadge.tsx';
import { EvaluationView } from '../features/decisions/EvaluationView.tsx';
import { useDecision, useSubmitDecision } from '../features/decisions/hooks.ts';
import { useOperatingModel } from '../features/operating-model/hooks.ts';
import { LifecycleBadge } from '../features/services/badges.tsx';
import { useTeam } from '../features/teams/hooks.ts';
import { Detail } from '../ui/Detail.tsx';
import { useFormat } from '../ui/format.ts';
import { AnchorLink, ButtonLink } from '../ui/links.tsx';
import { useMoney } from '../ui/money.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/decisions/$decisionId');

export function DecisionPage() {
  const { decisionId } = route.useParams();
  const decision = useDecision(decisionId);
  return <QueryState query={decision}>{(data) => <DecisionView decision={data} />}</QueryState>;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h3" mb="sm" id={`${id}-heading`}>
        {title}
      </Title>
      {children}
    </section>
  );
}

function Prose({ text }: { text: string }) {
  return <Text style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</Text>;
}

function DecisionView({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const model = useOperatingModel();
  const team = useTeam(decision.teamId);
  const submit = useSubmitDecision(decision);
  const [editing, setEditing] = useState(false);
  const [verdict, setVerdict] = useState<PendingVerdict | null>(null);
  const { abilities } = decision;

  const roleName = (key: string) =>
    model.data?.roles.find((role) => role.key === key)?.name ??
    decision.evaluation?.required.find((r) => r.approverRole === key)?.approverRoleName ??
    key;
  const autonomyLimitCents = team.data ? (team.data.autonomyLimitCents ?? model.data?.decisionRules.defaultAutonomyLimitCents ?? null) : null;
  const canSupersede = decision.status === 'decided' && decision.supersededBy === null && team.data?.abilities.recordDecision === true;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));

  const runSubmit = () =>
    submit.mutate(undefined, {
      onSuccess: (submitted) =>
        notifications.show({
          color: 'teal',
          message: submitted.status === 'decided' ? t('decision.submit.decided') : t('decision.submit.pending'),
        }),
    });

  return (
    <>
      <PageHeader
        title={decision.title}
        actions={
          <>
            {abilities.update && (
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
            {abilities.submit && (
              <Button leftSection={<IconSend size={16} aria-hidden />} loading={submit.isPending} onClick={runSubmit}>
                {t('decision.submit.action')}
              </Button>
            )}
            {abilities.approveAs.map((role) => (
              <Group key={role} gap="xs" role="group" aria-label={roleName(role)}>
                <Button color="teal.9" leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setVerdict({ role, verdict: 'approve' })}>
                  {t('approval.approveAs', { role: roleName(role) })}
                </Button>
                <Button variant="outline" color="red.9" leftSection={<IconX size={16} aria-hidden />} onClick={() => setVerdict({ role, verdict: 'reject' })}>
                  {t('approval.rejectAs', { role: roleName(role) })}
                </Button>
              </Group>
            ))}
            {canSupersede && (
              <ButtonLink
                variant="default"
                to="/teams/$teamId/decisions/new"
                params={{ teamId: decision.teamId }}
                search={{ supersedes: decision.id }}
                leftSection={<IconGitBranch size={16} aria-hidden />}
              >
                {t('decision.supersede')}
              </ButtonLink>
            )}
          </>
        }
      >
        <Group gap="sm" mt="xs">
          <DecisionStatusBadge status={decision.status} size="md" />
          <AnchorLink to="/teams/$teamId" params={{ teamId: decision.teamId }}>
            {decision.teamName}
          </AnchorLink>
          <Text>· {t(`decisionCategory.${decision.category}`)}</Text>
        </Group>
      </PageHeader>

      <Stack gap="xl">
        {decision.supersededBy && (
          <Alert color="gray" title={t('decision.supersededTitle')}>
            {t('decision.supersededBy')}{' '}
            <AnchorLink to="/decisions/$decisionId" params={{ decisionId: decision.supersededBy.id }}>
              {decision.supersededBy.title}
            </AnchorLink>
          </Alert>
        )}
        {decision.supersedes && (
          <Text>
            {t('decision.supersedes')}{' '}
            <AnchorLink to="/decisions/$decisionId" params={{ decisionId: decision.supersedes.id }}>
              {decision.supersedes.title}
            </AnchorLink>
          </Text>
        )}

        <Card withBorder>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Detail label={t('decision.budgetImpact')}>
              <Text fw={700} fz="lg" component="span">
                {money.cents(decision.budgetImpactCents)}
              </Text>
            </Detail>
            <Detail label={t('decision.personalData')}>{yesNo(decision.personalData)}</Detail>
            <Detail label={t('decision.newVendor')}>{yesNo(decision.newVendor)}</Detail>
            <Detail label={t('decision.proposedBy')}>{decision.proposedBy}</Detail>
            <Detail label={t('decision.createdAt')}>{format.dateTime(decision.createdAt)}</Detail>
            <Detail label={t('decision.submittedAt')}>{format.dateTime(decision.submittedAt)}</Detail>
            <Detail label={t('decision.decidedAt')}>{format.dateTime(decision.decidedAt)}</Detail>
          </SimpleGrid>
        </Card>

        <Section id="evaluation" title={t('evaluation.title')}>
          {decision.evaluation ? (
            <Stack gap="sm">
              <EvaluationView evaluation={decision.evaluation} approvals={decision.approvals} kind="stored" />
              {decision.status === 'pending_approval' && decision.preview.ruleSetVersion !== decision.evaluation.ruleSetVersion && (
                <Text size="sm" c="dimmed">
                  {t('evaluation.rulesChanged', { version: decision.preview.ruleSetVersion })}
                </Text>
              )}
            </Stack>
          ) : (
            <Stack gap="sm">
              <Text size="sm">{t('evaluation.notSubmitted')}</Text>
              <EvaluationView evaluation={decision.preview} approvals={[]} kind="preview" />
            </Stack>
          )}
        </Section>

        <Section id="context" title={t('decision.context')}>
          <Prose text={decision.context} />
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Section id="options" title={t('decision.options')}>
            {decision.options.length === 0 ? (
              <Text>{t('decision.noOptions')}</Text>
            ) : (
              <List type="ordered" spacing={4}>
                {decision.options.map((option, index) => (
                  <List.Item key={index}>{option}</List.Item>
                ))}
              </List>
            )}
          </Section>
          <Section id="choice" title={t('decision.choice')}>
            <Prose text={decision.choice} />
          </Section>
        </SimpleGrid>
        <Section id="rationale" title={t('decision.rationale')}>
          <Prose text={decision.rationale} />
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Section id="affected" title={t('decision.affectedServices')}>
            {decision.affectedServices.length === 0 ? (
              <Text>{t('decision.noAffectedServices')}</Text>
            ) : (
              <List spacing={4}>
                {decision.affectedServices.map((service) => (
                  <List.Item key={service.id}>
                    <Group gap="xs" wrap="nowrap">
                      <AnchorLink to="/services/$serviceId" params={{ serviceId: service.id }}>
                        {service.name}
                      </AnchorLink>
                      <LifecycleBadge lifecycle={service.lifecycle} />
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Section>
          <Section id="decision-links" title={t('links.title')}>
            {decision.links.length === 0 ? (
              <Text>{t('links.none')}</Text>
            ) : (
              <List spacing={4}>
                {decision.links.map((link, index) => (
                  <List.Item key={index}>
                    <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
                      {link.label} <IconExternalLink size={14} aria-hidden />
                      <VisuallyHidden>({t('links.external')})</VisuallyHidden>
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </Section>
        </SimpleGrid>
        <Section id="approvals" title={t('approval.title')}>
          <ApprovalsTable approvals={decision.approvals} roleName={roleName} />
        </Section>
      </Stack>

      <DecisionEditModal decision={decision} autonomyLimitCents={autonomyLimitCents} opened={editing} onClose={() => setEditing(false)} />
      <ApprovalModal decision={decision} pending={verdict} roleName={roleName} onClose={() => setVerdict(null)} />
    </>
  );
}

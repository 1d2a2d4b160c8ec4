import { Alert, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_KINDS, type HealthSignal, type ServiceKind } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useHealthSignals } from './hooks.ts';

const param = (signal: HealthSignal, name: string) => signal.params[name];

/** A signal as a sentence in the UI language, from its kind and parameters; unknown kinds keep the server's text. */
export function useSignalText() {
  const { t } = useTranslation();
  return (signal: HealthSignal): string => {
    const subject = signal.subject;
    switch (signal.kind) {
      case 'live_service_without_owner': {
        const ownerTeam = param(signal, 'ownerTeam');
        return typeof ownerTeam === 'string'
          ? t('health.kinds.live_service_sunset_owner', { subject, ownerTeam })
          : t('health.kinds.live_service_without_owner', { subject });
      }
      case 'team_without_it_lead': {
        const stage = param(signal, 'stage');
        return stage === 'chartered' || stage === 'active'
          ? t('health.kinds.running_team_without_it_lead', { subject, stage: t(`stage.${stage}`) })
          : t('health.kinds.team_without_it_lead', { subject });
      }
      case 'core_service_without_price': {
        const kind = param(signal, 'kind');
        return typeof kind === 'string' && (SERVICE_KINDS as readonly string[]).includes(kind)
          ? t('health.kinds.provided_service_without_price', { subject, kind: t(`serviceKind.${kind as ServiceKind}`) })
          : t('health.kinds.core_service_without_price', { subject });
      }
      case 'decision_waiting': {
        const days = param(signal, 'days');
        const team = param(signal, 'team');
        const waitDays = param(signal, 'waitDays');
        if (typeof days !== 'number' || typeof team !== 'string' || typeof waitDays !== 'number') return t('health.kinds.decision_waiting', { subject });
        return t('health.kinds.decision_waiting_days', { subject, team, count: days, waitDays });
      }
      default:
        return signal.text;
    }
  };
}

function SignalSubject({ signal, children }: { signal: HealthSignal; children: React.ReactNode }) {
  if (signal.decisionId)
    return (
      <AnchorLink to="/decisions/$decisionId" params={{ decisionId: signal.decisionId }} size="sm">
        {children}
      </AnchorLink>
    );
  if (signal.serviceId)
    return (
      <AnchorLink to="/services/$serviceId" params={{ serviceId: signal.serviceId }} size="sm">
        {children}
      </AnchorLink>
    );
  if (signal.teamId)
    return (
      <AnchorLink to="/teams/$teamId" params={{ teamId: signal.teamId }} size="sm">
        {children}
      </AnchorLink>
    );
  return <>{children}</>;
}

const COMPACT = 5;

/**
 * Health signals as one compact alert: what needs attention (a live service without owner, a
 * decision waiting too long…), critical ones first, each linked to what it is about.
 * Renders nothing while loading or when all is well, unless `showEmpty` asks for a line saying so.
 */
export function HealthSignals({ teamId, showEmpty = false }: { teamId?: string; showEmpty?: boolean }) {
  const { t } = useTranslation();
  const signals = useHealthSignals(teamId);
  const text = useSignalText();
  const [expanded, setExpanded] = useState(false);
  if (!signals.data) return null;
  const items = [...signals.data.items].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
  if (items.length === 0) return showEmpty ? <Text size="sm">{t('health.none')}</Text> : null;
  const critical = items.some((s) => s.severity === 'critical');
  const shown = expanded ? items : items.slice(0, COMPACT);

  return (
    <Alert
      color={critical ? 'red.9' : 'yellow.6'}
      variant="outline"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('health.title', { count: items.length })}
      mb="md"
    >
      <List size="sm" spacing={4}>
        {shown.map((signal, index) => (
          <List.Item key={`${signal.kind}-${signal.teamId}-${signal.serviceId}-${signal.decisionId}-${index}`}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Badge size="xs" variant="filled" color={signal.severity === 'critical' ? 'red.9' : 'yellow.4'} autoContrast>
                {t(`health.severity.${signal.severity}`)}
              </Badge>
              <SignalSubject signal={signal}>{text(signal)}</SignalSubject>
            </Group>
          </List.Item>
        ))}
      </List>
      {items.length > COMPACT && (
        <Button variant="subtle" size="compact-sm" mt="xs" color="dark" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? t('health.showLess') : t('health.showAll', { count: items.length })}
        </Button>
      )}
    </Alert>
  );
}

import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KR_STATUSES, type KrStatus } from '../../../contracts/index.ts';

/**
 * One colour per status, each with a text colour that keeps 4.5:1 contrast on it. Green, orange
 * and red differ in lightness too, and every place that shows a colour also names the status.
 */
export const STATUS_COLORS: Record<KrStatus, { background: string; text: string; border: string }> = {
  on_track: { background: '#237032', text: '#ffffff', border: '#237032' },
  at_risk: { background: '#f08c00', text: '#1a1b1e', border: '#c66f00' },
  off_track: { background: '#c92a2a', text: '#ffffff', border: '#c92a2a' },
  not_started: { background: '#e9ecef', text: '#1a1b1e', border: '#868e96' },
  no_data: { background: '#ffffff', text: '#1a1b1e', border: '#868e96' },
};

export function StatusBadge({ status, size = 'sm' }: { status: KrStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const colors = STATUS_COLORS[status];
  return (
    <Badge
      size={size}
      variant="filled"
      style={{
        background: colors.background,
        color: colors.text,
        border: `1px ${status === 'no_data' ? 'dashed' : 'solid'} ${colors.border}`,
        textTransform: 'none',
        flexShrink: 0,
      }}
    >
      {t(`goals.status.${status}`)}
    </Badge>
  );
}

/** What the status colours mean. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('goals.statusLegend')}>
      {KR_STATUSES.map((status) => (
        <Group key={status} gap={4} component="li" wrap="nowrap">
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 14,
              height: 14,
              borderRadius: 3,
              background: STATUS_COLORS[status].background,
              border: `1px ${status === 'no_data' ? 'dashed' : 'solid'} ${STATUS_COLORS[status].border}`,
            }}
          />
          <Text size="sm">{t(`goals.status.${status}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}

const TAG_COLORS = {
  customerValue: { background: '#e7f5ff', text: '#0b3d75', border: '#74c0fc' },
  stale: { background: '#fff4e6', text: '#7a3500', border: '#e8590c' },
} as const;

/** A small marker on a metric: it measures customer value, or its numbers have gone stale. */
export function MetricTag({ kind, title }: { kind: keyof typeof TAG_COLORS; title?: string | undefined }) {
  const { t } = useTranslation();
  const colors = TAG_COLORS[kind];
  return (
    <Badge size="xs" variant="filled" title={title} style={{ background: colors.background, color: colors.text, border: `1px solid ${colors.border}`, textTransform: 'none', flexShrink: 0 }}>
      {kind === 'stale' ? t('goals.metric.stale') : t('goals.metric.customerValueShort')}
    </Badge>
  );
}

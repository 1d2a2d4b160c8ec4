import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Criticality, ServiceKind, ServiceLifecycle } from '../../../contracts/index.ts';

// Filled badges in dark shades keep white text above 4.5:1; the yellow ones switch to dark text.
const LIFECYCLE_COLORS: Record<ServiceLifecycle, string> = { planned: 'violet.9', live: 'teal.9', deprecated: 'yellow.4', retired: 'gray.7' };
const CRITICALITY_COLORS: Record<Criticality, string> = { low: 'gray.7', medium: 'blue.9', high: 'grape.9', critical: 'red.9' };

export function LifecycleBadge({ lifecycle, size = 'sm' }: { lifecycle: ServiceLifecycle; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="filled" color={LIFECYCLE_COLORS[lifecycle]} autoContrast>
      {t(`serviceLifecycle.${lifecycle}`)}
    </Badge>
  );
}

export function CriticalityBadge({ criticality, size = 'sm' }: { criticality: Criticality; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="outline" color={CRITICALITY_COLORS[criticality]} title={t('service.criticality')}>
      {t(`criticality.${criticality}`)}
    </Badge>
  );
}

export function KindBadge({ kind, size = 'sm' }: { kind: ServiceKind; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="default">
      {t(`serviceKind.${kind}`)}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '../../../contracts/index.ts';

// Dark shades keep white text above 4.5:1; "pending" is yellow with dark text so it stands out.
const COLORS: Record<DecisionStatus, string> = {
  proposed: 'blue.9',
  pending_approval: 'yellow.4',
  decided: 'teal.9',
  rejected: 'red.9',
  superseded: 'gray.7',
};

export function DecisionStatusBadge({ status, size = 'sm' }: { status: DecisionStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="filled" color={COLORS[status]} autoContrast>
      {t(`decisionStatus.${status}`)}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetStatus } from '../../../contracts/index.ts';

// Dark shades keep white text above 4.5:1; "proposed" is yellow with dark text, as it waits for someone.
const COLORS: Record<BudgetStatus, string> = {
  draft: 'gray.7',
  proposed: 'yellow.4',
  approved: 'teal.9',
  rejected: 'red.9',
};

export function BudgetStatusBadge({ status, size = 'sm' }: { status: BudgetStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="filled" color={COLORS[status]} autoContrast>
      {t(`finance.budgetStatus.${status}`)}
    </Badge>
  );
}

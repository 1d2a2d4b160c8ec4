import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../contracts/index.ts';

// Dark shades so the white label stays above 4.5:1 contrast.
export const STATUS_COLORS: Record<Initiative['status'], string> = { planned: 'blue.9', in_progress: 'teal.9', done: 'gray.7', on_hold: 'orange.9' };

export function InitiativeStatusBadge({ status }: { status: Initiative['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="filled" color={STATUS_COLORS[status]}>
      {t(`initiativeStatus.${status}`)}
    </Badge>
  );
}

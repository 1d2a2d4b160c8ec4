import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../contracts/index.ts';

const COLORS: Record<Survey['status'], string> = { scheduled: 'blue.9', open: 'teal.9', closed: 'gray.7' };

export function SurveyStatusBadge({ status }: { status: Survey['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="filled" color={COLORS[status]}>
      {t(`surveyStatus.${status}`)}
    </Badge>
  );
}

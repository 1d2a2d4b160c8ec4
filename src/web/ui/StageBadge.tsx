import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../contracts/index.ts';

// Dark shades so the white label stays above 4.5:1 contrast.
const COLORS: Record<Stage, string> = {
  proposed: 'violet.9',
  chartered: 'blue.9',
  active: 'teal.9',
  sunset: 'gray.7',
};

export function StageBadge({ stage, size = 'md' }: { stage: Stage; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[stage]} size={size} variant="filled">
      {t(`stage.${stage}`)}
    </Badge>
  );
}

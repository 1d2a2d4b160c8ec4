import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format.ts';

/** Business/IT mix of a team: a small two-colour bar (decorative) and the numbers as text. */
export function ShareBar({ businessShare, width = 64 }: { businessShare: number | null; width?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (businessShare === null) return <Text size="sm">—</Text>;
  const itShare = 1 - businessShare;
  return (
    <Group gap="xs" wrap="nowrap">
      <Box
        aria-hidden
        w={width}
        h={8}
        style={{ display: 'flex', borderRadius: 4, overflow: 'hidden', background: 'var(--mantine-color-gray-2)' }}
      >
        <Box w={`${businessShare * 100}%`} bg="orange.8" />
        <Box w={`${itShare * 100}%`} bg="blue.8" />
      </Box>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }} title={t('mix.title')}>
        {format.share(businessShare)} / {format.share(itShare)}
      </Text>
    </Group>
  );
}

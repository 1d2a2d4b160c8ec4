import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  /** "Teams 1–50 of 812", announced when the page changes. */
  summary: ReactNode;
  offset: number;
  limit: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  onPage: (offset: number) => void;
  labels: { previous: string; next: string };
}

/** The line under a table the server pages: what is shown, and previous/next when there is more than one page. */
export function Pager({ summary, offset, limit, shown, total, onPage, labels }: Props) {
  const last = Math.min(offset + shown, total);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" aria-live="polite">
        {summary}
      </Text>
      {total > limit && (
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} aria-hidden />} disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
            {labels.previous}
          </Button>
          <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} aria-hidden />} disabled={last >= total} onClick={() => onPage(offset + limit)}>
            {labels.next}
          </Button>
        </Group>
      )}
    </Group>
  );
}

import { Group, Title } from '@mantine/core';
import { useEffect } from 'react';

/** The page's one h1, its actions on the right, and the browser tab title. */
export function PageHeader({ title, actions, children }: { title: string; actions?: React.ReactNode; children?: React.ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Tandem`;
  }, [title]);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
      </div>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './hooks.ts';

type Props = {
  /** The API path of the export, e.g. `/teams/…/finance/export`. */
  path: string;
  query: Record<string, string | number | undefined>;
  /** What is exported, for the buttons' accessible names: "Export P&L as CSV". */
  what: string;
};

/** CSV and Excel downloads of one table; plain links, so the browser saves the file the server names. */
export function ExportButtons({ path, query, what }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(path, { ...query, format })}
          download
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          aria-label={t(format === 'csv' ? 'finance.export.csvOf' : 'finance.export.xlsxOf', { what })}
        >
          {t(format === 'csv' ? 'finance.export.csv' : 'finance.export.xlsx')}
        </Button>
      ))}
    </Group>
  );
}

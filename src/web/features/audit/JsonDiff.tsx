import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Row = { key: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Field-by-field comparison of an entity before and after a change; unchanged fields are listed too, dimmed. */
function rows(before: unknown, after: unknown): Row[] {
  if (!isRecord(before) && !isRecord(after)) {
    return [{ key: '', before, after, changed: JSON.stringify(before) !== JSON.stringify(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => ({ key, before: b[key], after: a[key], changed: JSON.stringify(b[key]) !== JSON.stringify(a[key]) }));
}

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <Text span size="sm">—</Text>;
  return <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{JSON.stringify(value, null, 2)}</Code>;
}

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const diff = rows(before, after).sort((x, y) => Number(y.changed) - Number(x.changed));
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="20%">{t('audit.diff.field')}</Table.Th>
          <Table.Th w="40%">{t('audit.diff.before')}</Table.Th>
          <Table.Th w="40%">{t('audit.diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {diff.map((row) => (
          <Table.Tr key={row.key} bg={row.changed ? 'yellow.0' : undefined}>
            <Table.Td fw={row.changed ? 700 : 400}>
              {row.key || '—'}
              {row.changed && (
                <Text span size="xs" ml={6}>
                  ({t('audit.diff.changed')})
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Value value={row.before} />
            </Table.Td>
            <Table.Td>
              <Value value={row.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

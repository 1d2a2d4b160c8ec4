import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';

export type SortDirection = 'asc' | 'desc';

type Props<K extends string> = {
  column: K;
  sortBy: K;
  direction: SortDirection;
  onSort: (column: K) => void;
  children: React.ReactNode;
  numeric?: boolean;
};

/** A column header that sorts the table when clicked and tells assistive technology how it is sorted. */
export function SortableTh<K extends string>({ column, sortBy, direction, onSort, children, numeric }: Props<K>) {
  const active = column === sortBy;
  const Icon = active ? (direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
  return (
    <Table.Th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'} style={numeric ? { textAlign: 'right' } : undefined}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          {children}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** Sorts a copy of `items` by the value `key` picks; nulls go last, text compares with the UI locale. */
export function sortItems<T>(items: readonly T[], key: (item: T) => string | number | null, direction: SortDirection, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const factor = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * factor;
  });
}

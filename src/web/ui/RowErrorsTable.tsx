import { Code, Table, Title } from '@mantine/core';
import type { RowError } from '../../contracts/index.ts';

interface Props {
  errors: readonly RowError[];
  /** Id of the heading the section is labelled by; unique on the page. */
  headingId: string;
  title: string;
  labels: { row: string; column: string; message: string };
}

/** The problems a file import found, one line per problem: row, column and what is wrong. */
export function RowErrorsTable({ errors, headingId, title, labels }: Props) {
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs" c="red.9">
        {title}
      </Title>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{labels.row}</Table.Th>
            <Table.Th>{labels.column}</Table.Th>
            <Table.Th>{labels.message}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={index}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td>
                <Code>{error.column || '—'}</Code>
              </Table.Td>
              <Table.Td c="red.9">{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

import { Alert, Badge, Button, Code, FileInput, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconFileImport } from '@tabler/icons-react';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RowError } from '../../contracts/index.ts';
import { newIdempotencyKey, readImportFile, type ImportFile } from './fileImport.ts';
import { FormError } from './FormParts.tsx';
import { RowErrorsTable } from './RowErrorsTable.tsx';
import { useForm } from './useForm.ts';

/** What every import API answers, for a dry run and an applied file alike. */
export interface ImportCheck {
  rows: number;
  errors: readonly RowError[];
  /** The rows as they would be recorded. */
  preview: readonly unknown[];
}

/** The import's mutation, as TanStack Query's `useMutation` returns it. */
export interface ImportRun<I, R> {
  mutate: (input: I, options: { onSuccess: (result: R) => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
  variables: { dryRun?: boolean } | undefined;
}

/** A column of the preview table: its header and what a previewed row shows in it. */
export interface ImportColumn<P> {
  header: string;
  cell: (row: P) => ReactNode;
  align?: 'right';
  /** Style of the column's cells (not its header). */
  style?: CSSProperties;
}

type Source = Pick<ImportFile, 'format' | 'content'>;
type PreviewRow<R extends ImportCheck> = R['preview'][number];

const FILE_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_ACCEPT = '.csv,text/csv,text/plain';

interface Props<I, R extends ImportCheck> {
  /** The import mutation; called with the request's dry run (check) and for real (apply). */
  run: ImportRun<I, R>;
  /** The contract the request is checked against before it is sent. */
  schema: z.ZodType<I>;
  /** The request for the file's content under the given idempotency key. */
  request: (source: Source, idempotencyKey: string, dryRun: boolean) => unknown;
  /** The request's field that carries the content: the server's problems with it are shown with the file. */
  field: string;
  /** Prefix of the idempotency key, fresh per file. */
  keyPrefix: string;
  /** Turns a failed request's error into what the form shows (e.g. translates the server's field codes). */
  localizeError?: (error: unknown) => unknown;
  /** Prefix of the ids of the errors' and the preview's headings; unique on the page. */
  idPrefix: string;
  /** A short example file, shown under the intro. */
  example: string;
  texts: {
    intro: string;
    file: string;
    fileHint?: string;
    check: string;
    apply: string;
    appliedTitle: string;
    errorsTitle: (count: number) => string;
    row: string;
    column: string;
    message: string;
    previewTitle: string;
    rows: (count: number) => string;
  };
  /** The content can also be pasted and edited as CSV text; a picked file (CSV only) fills the text box. */
  paste?: { label: string; description: string };
  /** What a clean check says before anything is recorded. */
  ready: (result: R) => ReactNode;
  /** What an applied import says; no message when it returns null. */
  applied: (result: R) => ReactNode | null;
  columns: readonly ImportColumn<PreviewRow<R>>[];
  /** The preview table's last line: a label under the first columns, a value under the last. */
  footer?: { label: string; value: (result: R) => ReactNode };
  minWidth: number;
  onDone: () => void;
}

/**
 * An import dialog's body: a file (or, with `paste`, CSV text) checked with a dry run, a preview of what would
 * be recorded and every row's problems, then applied under one idempotency key per file.
 */
export function ImportForm<I, R extends ImportCheck>(props: Props<I, R>) {
  const { run, schema, request, field, keyPrefix, localizeError, paste, texts, example, onDone } = props;
  const { t } = useTranslation();
  const form = useForm<Record<string, string>>({ [field]: '' });
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<Source | null>(null);
  const [key, setKey] = useState(() => newIdempotencyKey(keyPrefix));
  const [checked, setChecked] = useState<R | null>(null);
  const [applied, setApplied] = useState<R | null>(null);
  const source: Source | null = paste ? { format: 'csv', content: form.values[field] ?? '' } : picked;

  function send(from: Source, dryRun: boolean, idempotencyKey = key) {
    const input = form.validate(schema, request(from, idempotencyKey, dryRun));
    if (!input) return;
    run.mutate(input, {
      onSuccess: (result) => (dryRun ? setChecked(result) : setApplied(result)),
      onError: (error) => form.showServerError(localizeError ? localizeError(error) : error),
    });
  }

  /** A new file is checked at once: the preview shows before anything can be recorded. */
  async function pick(next: File | null) {
    setFile(next);
    setChecked(null);
    setApplied(null);
    setPicked(null);
    if (!next) return;
    const read = await readImportFile(next);
    const freshKey = newIdempotencyKey(keyPrefix);
    setKey(freshKey);
    setPicked(read);
    send(read, true, freshKey);
  }

  /** Edited text is a new import: it is checked again before it can be applied. */
  function edit(text: string) {
    form.setField(field, text);
    setKey(newIdempotencyKey(keyPrefix));
    setChecked(null);
    setApplied(null);
  }

  const canApply = source !== null && checked !== null && checked.errors.length === 0 && checked.rows > 0 && checked.preview.length > 0 && applied === null;
  const appliedMessage = applied ? props.applied(applied) : null;
  const showApplied = appliedMessage !== null && appliedMessage !== undefined;

  return (
    <Stack>
      <Text size="sm">{texts.intro}</Text>
      <Code block>{example}</Code>
      <FormError message={form.formError ?? (paste ? undefined : form.errors[field])} />
      {paste ? (
        <>
          <FileInput
            label={texts.file}
            accept={CSV_ACCEPT}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clearFile') }}
            leftSection={<IconFileImport size={16} aria-hidden />}
            onChange={(next) => {
              if (next) void next.text().then(edit);
            }}
          />
          <Textarea
            label={paste.label}
            description={paste.description}
            autosize
            minRows={5}
            maxRows={14}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={form.values[field] ?? ''}
            onChange={(e) => edit(e.currentTarget.value)}
            error={form.errors[field]}
          />
        </>
      ) : (
        <FileInput
          label={texts.file}
          description={texts.fileHint}
          accept={FILE_ACCEPT}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearFile') }}
          value={file}
          leftSection={<IconFileImport size={16} aria-hidden />}
          onChange={(next) => void pick(next)}
        />
      )}
      <Group>
        <Button
          variant={canApply ? 'default' : 'filled'}
          disabled={!paste && (!source || applied !== null)}
          onClick={() => source && send(source, true)}
          loading={run.isPending && run.variables?.dryRun !== false}
        >
          {texts.check}
        </Button>
        <Button disabled={!canApply} onClick={() => source && send(source, false)} loading={run.isPending && run.variables?.dryRun === false} leftSection={<IconCheck size={16} aria-hidden />}>
          {texts.apply}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {applied ? t('common.close') : t('common.cancel')}
        </Button>
      </Group>
      {showApplied && (
        <Alert color="teal" title={texts.appliedTitle} role="status">
          {appliedMessage}
        </Alert>
      )}
      {checked && !applied && <ImportPreview {...props} result={checked} />}
    </Stack>
  );
}

function ImportPreview<I, R extends ImportCheck>({ result, idPrefix, texts, ready, columns, footer, minWidth }: Props<I, R> & { result: R }) {
  return (
    <Stack gap="md" aria-live="polite">
      {result.errors.length > 0 ? (
        <RowErrorsTable
          errors={result.errors}
          headingId={`${idPrefix}-errors-heading`}
          title={texts.errorsTitle(result.errors.length)}
          labels={{ row: texts.row, column: texts.column, message: texts.message }}
        />
      ) : (
        <Alert color="blue" role="status">
          {ready(result)}
        </Alert>
      )}
      {result.preview.length > 0 && (
        <section aria-labelledby={`${idPrefix}-preview-heading`}>
          <Group gap="xs" mb="xs">
            <Title order={3} size="h5" id={`${idPrefix}-preview-heading`}>
              {texts.previewTitle}
            </Title>
            <Badge size="sm" variant="default">
              {texts.rows(result.rows)}
            </Badge>
          </Group>
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column, index) => (
                    <Table.Th key={index} ta={column.align}>
                      {column.header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.preview.map((row, index) => (
                  <Table.Tr key={index}>
                    {columns.map((column, c) => (
                      <Table.Td key={c} ta={column.align} style={column.style}>
                        {column.cell(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              {footer && (
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={columns.length - 1}>{footer.label}</Table.Th>
                    <Table.Th ta="right">{footer.value(result)}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              )}
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
    </Stack>
  );
}

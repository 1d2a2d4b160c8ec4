import { Fieldset } from '@mantine/core';

/** A group of inputs under one caption (options, links, service levels), captioned like a single field's label. */
export function FieldGroup({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      p={0}
      styles={{ legend: { padding: 0, marginBottom: 4, fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      {children}
    </Fieldset>
  );
}

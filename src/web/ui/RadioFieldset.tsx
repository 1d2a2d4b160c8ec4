import { Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';

export type RadioOption = { value: string; label: string; description?: string };

type Props = {
  legend: string;
  /** A hint below the legend. */
  description?: string;
  value: string | null;
  onChange: (value: string) => void;
  options: RadioOption[];
  error?: string;
  /** Options side by side (a scale) rather than one below the other. */
  horizontal?: boolean;
  required?: boolean;
};

/**
 * A choice of one among few, as a real fieldset with its legend, so assistive technology reads the
 * question with every option. Radios share one name: the arrow keys move between them.
 */
export function RadioFieldset({ legend, description, value, onChange, options, error, horizontal = false, required = false }: Props) {
  const name = useId();
  const errorId = `${name}-error`;
  const descriptionId = `${name}-description`;
  const Layout = horizontal ? Group : Stack;
  return (
    <Fieldset
      variant="unstyled"
      p={0}
      aria-describedby={[description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
      styles={{ legend: { padding: 0, marginBottom: 4, fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
      legend={
        <>
          {legend}
          {required && (
            <Text span c="var(--mantine-color-error)" aria-hidden>
              {' *'}
            </Text>
          )}
        </>
      }
    >
      {description && (
        <Text size="xs" c="dimmed" mb={6} id={descriptionId}>
          {description}
        </Text>
      )}
      <Layout gap={horizontal ? 'md' : 'xs'} align={horizontal ? 'flex-start' : undefined}>
        {options.map((option) => (
          <Radio
            key={option.value}
            name={name}
            value={option.value}
            label={option.label}
            description={option.description}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            error={error ? true : undefined}
          />
        ))}
      </Layout>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" mt={4} id={errorId}>
          {error}
        </Text>
      )}
    </Fieldset>
  );
}

import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseMoney, useMoney } from './money.ts';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  /** The text as typed; the form turns it into cents with `parseMoney` when it is sent. */
  value: string;
  onChange: (text: string) => void;
};

/**
 * An amount in euros, typed the way the UI language writes it ("80.000,00"). Text that is no amount
 * is marked at once; on leaving the field a valid amount is shown in the usual form.
 */
export function MoneyInput({ value, onChange, error, onBlur, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const language = i18n.resolvedLanguage ?? 'de';
  const invalid = parseMoney(value, language) === undefined;

  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      rightSection={<span aria-hidden>€</span>}
      {...props}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const cents = parseMoney(value, language);
        if (typeof cents === 'number') onChange(money.input(cents));
        onBlur?.(e);
      }}
      error={invalid ? t('errors.field.money', { example: money.input(8_000_000) }) : error}
    />
  );
}

import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, EXPENSE_TYPES, type CostCategory, type ExpenseType } from '../../../contracts/index.ts';

interface Props {
  category: CostCategory | null;
  expenseType: ExpenseType;
  onCategory: (category: CostCategory | null) => void;
  onExpenseType: (expenseType: ExpenseType) => void;
  errors: { category?: string | undefined; expenseType?: string | undefined };
}

/** A cost's category and whether it is opex or capex, side by side: bookings and reallocations ask both. */
export function CategoryFields({ category, expenseType, onCategory, onExpenseType, errors }: Props) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start">
      <Select<CostCategory>
        label={t('finance.booking.category')}
        required
        data={COST_CATEGORIES.map((c) => ({ value: c, label: t(`finance.category.${c}`) }))}
        value={category}
        onChange={onCategory}
        error={errors.category}
      />
      <Select<ExpenseType>
        label={t('finance.booking.expenseType')}
        required
        allowDeselect={false}
        data={EXPENSE_TYPES.map((e) => ({ value: e, label: t(`finance.expenseType.${e}`) }))}
        value={expenseType}
        onChange={(value) => onExpenseType(value ?? 'opex')}
        error={errors.expenseType}
      />
    </Group>
  );
}

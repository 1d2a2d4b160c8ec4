import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUSINESS_DISCIPLINES, IT_DISCIPLINES, type Discipline } from '../../../contracts/index.ts';

type Props = Omit<SelectProps<Discipline>, 'data'>;

/** Disciplines grouped by side, so the business/IT split is visible while choosing. */
export function DisciplineSelect(props: Props) {
  const { t } = useTranslation();
  const data = [
    { group: t('side.business'), items: BUSINESS_DISCIPLINES.map((d) => ({ value: d, label: t(`discipline.${d}`) })) },
    { group: t('side.it'), items: IT_DISCIPLINES.map((d) => ({ value: d, label: t(`discipline.${d}`) })) },
  ];
  return <Select<Discipline> {...props} data={data} />;
}

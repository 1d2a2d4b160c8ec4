import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useServices } from './hooks.ts';

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (serviceIds: string[]) => void;
  /** Services that may not be chosen, e.g. the service itself. */
  exclude?: readonly string[];
};

/** A searchable picker for several services of the catalog, labelled with name and kind. */
export function ServiceMultiSelect({ value, onChange, exclude = [], ...props }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const data = (services.data?.items ?? [])
    .filter((service) => !exclude.includes(service.id))
    .map((service) => ({ value: service.id, label: `${service.name} (${t(`serviceKind.${service.kind}`)})` }));
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={services.isPending ? t('common.loading') : t('common.nothingFound')}
      {...props}
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}

import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MANDATE_KINDS, TEAM_KINDS, type MandateKind, type Team, type TeamKind } from '../../../contracts/index.ts';
import { PersonSelect } from '../people/PersonSelect.tsx';

export type TeamFormValues = {
  name: string;
  kind: TeamKind;
  mission: string;
  mandateKind: MandateKind;
  mandateScope: string;
  customerSegment: string;
  businessLeadId: string | null;
  itLeadId: string | null;
};

export const emptyTeam: TeamFormValues = {
  name: '',
  kind: 'fusion',
  mission: '',
  mandateKind: 'product',
  mandateScope: '',
  customerSegment: '',
  businessLeadId: null,
  itLeadId: null,
};

export const teamFormValues = (team: Team): TeamFormValues => ({
  name: team.name,
  kind: team.kind,
  mission: team.mission,
  mandateKind: team.mandateKind,
  mandateScope: team.mandateScope,
  customerSegment: team.customerSegment,
  businessLeadId: team.businessLead?.id ?? null,
  itLeadId: team.itLead?.id ?? null,
});

type Props = {
  values: TeamFormValues;
  errors: Partial<Record<string, string>>;
  setField: <K extends keyof TeamFormValues>(field: K, value: TeamFormValues[K]) => void;
};

/** The fields of a team, shared by the create page and the edit dialog. */
export function TeamFields({ values, errors, setField }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <TextInput
        label={t('team.fields.name')}
        required
        value={values.name}
        onChange={(e) => setField('name', e.currentTarget.value)}
        error={errors.name}
        maxLength={120}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select<TeamKind>
          label={t('team.fields.kind')}
          required
          allowDeselect={false}
          data={TEAM_KINDS.map((kind) => ({ value: kind, label: t(`teamKind.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => kind && setField('kind', kind)}
          error={errors.kind}
        />
        <Select<MandateKind>
          label={t('team.fields.mandateKind')}
          required
          allowDeselect={false}
          data={MANDATE_KINDS.map((kind) => ({ value: kind, label: t(`mandateKind.${kind}`) }))}
          value={values.mandateKind}
          onChange={(kind) => kind && setField('mandateKind', kind)}
          error={errors.mandateKind}
        />
      </SimpleGrid>
      <Textarea
        label={t('team.fields.mission')}
        autosize
        minRows={2}
        value={values.mission}
        onChange={(e) => setField('mission', e.currentTarget.value)}
        error={errors.mission}
        maxLength={2000}
      />
      <Textarea
        label={t('team.fields.mandateScope')}
        description={t('team.fields.mandateScopeHint')}
        autosize
        minRows={2}
        value={values.mandateScope}
        onChange={(e) => setField('mandateScope', e.currentTarget.value)}
        error={errors.mandateScope}
        maxLength={2000}
      />
      <TextInput
        label={t('team.fields.customerSegment')}
        value={values.customerSegment}
        onChange={(e) => setField('customerSegment', e.currentTarget.value)}
        error={errors.customerSegment}
        maxLength={200}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PersonSelect
          label={t('team.businessLead')}
          description={t('team.fields.businessLeadHint')}
          side="business"
          value={values.businessLeadId}
          onChange={(id) => setField('businessLeadId', id)}
          error={errors.businessLeadId}
        />
        <PersonSelect
          label={t('team.itLead')}
          description={t('team.fields.itLeadHint')}
          side="it"
          value={values.itLeadId}
          onChange={(id) => setField('itLeadId', id)}
          error={errors.itLeadId}
        />
      </SimpleGrid>
    </Stack>
  );
}

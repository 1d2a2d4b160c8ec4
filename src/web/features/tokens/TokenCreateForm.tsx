import { Button, Checkbox, Group, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { ApiTokenCreate, TOKEN_SCOPES, type ApiToken, type TokenScope } from '../../../contracts/index.ts';
import { useForm } from '../../ui/useForm.ts';
import { useCreateToken } from './hooks.ts';

type Values = { name: string; scopes: TokenScope[]; expires: boolean; expiresInDays: number | string };
const initial: Values = { name: '', scopes: ['read'], expires: true, expiresInDays: 90 };

export function TokenCreateForm({ onCreated }: { onCreated: (token: ApiToken & { token: string }) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const form = useForm<Values>(initial);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { name, scopes, expires, expiresInDays } = form.values;
    const input = form.validate(ApiTokenCreate, {
      name,
      scopes,
      expiresInDays: expires ? (typeof expiresInDays === 'number' ? expiresInDays : undefined) : null,
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (created) => {
        form.reset();
        onCreated(created);
      },
      onError: form.showServerError,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        <FormError message={form.formError} />
        <TextInput
          label={t('tokens.name')}
          description={t('tokens.nameHint')}
          required
          value={form.values.name}
          onChange={(e) => form.setField('name', e.currentTarget.value)}
          error={form.errors.name}
          maxLength={120}
        />
        <Checkbox.Group
          label={t('tokens.scopes')}
          required
          value={form.values.scopes}
          onChange={(scopes) => form.setField('scopes', scopes as TokenScope[])}
          error={form.errors.scopes}
        >
          <Group mt="xs">
            {TOKEN_SCOPES.map((scope) => (
              <Checkbox key={scope} value={scope} label={t(`tokens.scope.${scope}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Switch
          label={t('tokens.expires')}
          checked={form.values.expires}
          onChange={(e) => form.setField('expires', e.currentTarget.checked)}
        />
        {form.values.expires && (
          <NumberInput
            label={t('tokens.expiresInDays')}
            min={1}
            max={730}
            allowDecimal={false}
            value={form.values.expiresInDays}
            onChange={(value) => form.setField('expiresInDays', value)}
            error={form.errors.expiresInDays}
            w={200}
          />
        )}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { useRevokeToken } from './hooks.ts';
import { AppModal } from '../../ui/AppModal.tsx';

type Status = 'active' | 'revoked' | 'expired';
const status = (token: ApiToken, now = Date.now()): Status =>
  token.revokedAt ? 'revoked' : token.expiresAt && Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
const COLOR: Record<Status, string> = { active: 'teal.9', revoked: 'red.9', expired: 'gray.7' };

export function TokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoke = useRevokeToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  if (tokens.length === 0) return <Text>{t('tokens.none')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={800}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tokens.name')}</Table.Th>
              <Table.Th>{t('tokens.prefix')}</Table.Th>
              <Table.Th>{t('tokens.scopes')}</Table.Th>
              <Table.Th>{t('tokens.createdAt')}</Table.Th>
              <Table.Th>{t('tokens.expiresAt')}</Table.Th>
              <Table.Th>{t('tokens.lastUsedAt')}</Table.Th>
              <Table.Th>{t('tokens.status.label')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => {
              const s = status(token);
              return (
                <Table.Tr key={token.id}>
                  <Table.Td fw={600}>{token.name}</Table.Td>
                  <Table.Td>
                    <code>{token.prefix}…</code>
                  </Table.Td>
                  <Table.Td>{token.scopes.map((scope) => t(`tokens.scope.${scope}`)).join(', ')}</Table.Td>
                  <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                  <Table.Td>{token.expiresAt ? format.dateTime(token.expiresAt) : t('tokens.never')}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" color={COLOR[s]}>
                      {t(`tokens.status.${s}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {s === 'active' && (
                      <Button size="xs" variant="outline" color="red.9" onClick={() => setRevoking(token)} aria-label={t('tokens.revoke.labelFor', { name: token.name })}>
                        {t('tokens.revoke.action')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <AppModal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('tokens.revoke.title')}>
        <Text>{t('tokens.revoke.confirm', { name: revoking?.name ?? '' })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setRevoking(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={revoke.isPending}
            onClick={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}
          >
            {t('tokens.revoke.submit')}
          </Button>
        </Group>
      </AppModal>
    </>
  );
}

import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader.tsx';

export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notAllowedTitle')} />
      <Alert color="orange" icon={<IconLock aria-hidden />}>
        {t('errors.codes.forbidden')}
      </Alert>
    </>
  );
}

import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from './i18n.ts';

const NAMES = { de: 'Deutsch', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={0} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => {
        const active = i18n.resolvedLanguage === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            title={NAMES[language]}
            lang={language}
            onClick={() => void setLanguage(language)}
          >
            {language.toUpperCase()}
          </Button>
        );
      })}
    </Group>
  );
}

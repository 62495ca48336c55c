import { Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <Spinner size="small" label={label ?? t('app.loading')} />;
}

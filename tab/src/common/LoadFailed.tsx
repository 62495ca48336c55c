import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

export function LoadFailed({ error, retry }: { error?: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {t('app.loadFailed')} {error !== null && error !== undefined && errorText(error, t)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={retry}>{t('app.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

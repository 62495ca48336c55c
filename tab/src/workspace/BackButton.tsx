import { Button, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({ back: { alignSelf: 'flex-start' } });

/** On a narrow screen, from one item back to the list. */
export function BackButton({ onClick }: { readonly onClick: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Button className={styles.back} appearance="subtle" onClick={onClick} data-testid="ws-back">
      {t('workspace.back')}
    </Button>
  );
}

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { errorText } from '../common/error-text';
import { save } from '../common/use-file-export';
import { useSession } from '../shell/session';

const useStyles = makeStyles({ root: { marginBlockEnd: tokens.spacingVerticalM } });

/**
 * "Lataa omat tietoni" (issue 13): the signed-in person's observations with their history,
 * their messages and their actions from the audit log, as one JSON file from `GET /api/me/data`.
 */
export function OwnDataDownload() {
  const { t } = useTranslation();
  const { api } = useSession();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);

  const download = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const { blob, fileName } = await api.file('/me/data');
      const name = fileName ?? 'rake-omat-tiedot.json';
      save(blob, name);
      setMessage({ intent: 'success', text: t('mine.ownDataDone', { file: name }) });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Button disabled={busy} onClick={() => void download()}>
        {t('mine.ownData')}
      </Button>
      <LiveMessage message={message} polite={['success']} />
    </div>
  );
}

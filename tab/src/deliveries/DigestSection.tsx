import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { errorText } from '../common/error-text';
import { formatLocalDate, formatNumber } from '../i18n/format';
import { useSession } from '../shell/session';
import { RakeChannelPicker } from './RakeChannelPicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
});

type Message = { readonly intent: 'success' | 'error'; readonly text: string };

/** The coordinator's "send the digest now" and choice of channel (admins may too). */
export function DigestSection() {
  const { t } = useTranslation();
  const { api, language } = useSession();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const send = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const sent = await api.sendDigest();
      setMessage({
        intent: 'success',
        text: t('deliveries.digestSent', {
          meeting: formatLocalDate(sent.meetingDate),
          since: formatLocalDate(sent.since),
          count: sent.total,
          total: formatNumber(sent.total, language),
        }),
      });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="digest-heading">
      <Heading level={3} id="digest-heading">
        {t('deliveries.digestHeading')}
      </Heading>
      <Text as="p">{t('deliveries.digestIntro')}</Text>
      <Button
        className={styles.button}
        appearance="primary"
        disabled={busy}
        onClick={() => void send()}
      >
        {busy ? t('deliveries.sending') : t('deliveries.sendDigest')}
      </Button>
      {message && (
        <MessageBar
          intent={message.intent}
          role={message.intent === 'success' ? 'status' : 'alert'}
        >
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <RakeChannelPicker />
    </section>
  );
}

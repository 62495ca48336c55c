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
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { errorText } from '../common/error-text';
import { useAsync } from '../common/use-async';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../shell/session';
import type { AttentionState, DeliveryView } from './types';

const useStyles = makeStyles({
  list: { listStyleType: 'none', paddingInlineStart: 0, margin: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

/** One list of notifications that did not arrive, each with a retry for the admin. */
export function DeliveryList({ state }: { state: AttentionState }) {
  const { t } = useTranslation();
  const { api, config } = useSession();
  const styles = useStyles();
  const [loaded, reload] = useAsync(
    async (signal) => {
      const [items, staff] = await Promise.all([
        api.deliveries(state, signal),
        api.staff({}, signal),
      ]);
      return { items, names: new Map(staff.map((m) => [m.id, m.name])) };
    },
    [api, state],
  );
  const [retried, setRetried] = useState<readonly string[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const headingId = `deliveries-${state}-heading`;

  const recipientOf = (d: DeliveryView, names: ReadonlyMap<string, string>): string =>
    d.recipient.kind === 'rake_channel'
      ? t('deliveries.rakeChannel')
      : (names.get(d.recipient.userId) ?? d.recipient.userId);

  const retry = async (d: DeliveryView, recipient: string) => {
    setMessage(null);
    try {
      await api.retryDelivery(d.key);
      setRetried((keys) => [...keys, d.key]);
      setMessage({ ok: true, text: t('deliveries.retried', { recipient }) });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t) });
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t(`deliveries.state.${state}`)}
      </Heading>
      <Text as="p" block>
        {t(`deliveries.stateIntro.${state}`)}
      </Text>
      {message && (
        <MessageBar
          intent={message.ok ? 'success' : 'error'}
          role={message.ok ? 'status' : 'alert'}
        >
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <LoadFailed error={loaded.error} retry={reload} />}
      {loaded.status === 'ok' &&
        (() => {
          const items = loaded.value.items.filter((d) => !retried.includes(d.key));
          if (items.length === 0)
            return (
              <Text as="p" block>
                {t('deliveries.none')}
              </Text>
            );
          return (
            <ul className={styles.list}>
              {items.map((d) => {
                const recipient = recipientOf(d, loaded.value.names);
                return (
                  <li key={d.key} className={styles.item}>
                    <div className={styles.details}>
                      <Text weight="semibold">
                        {t(`deliveries.kind.${d.kind}`)} – {recipient}
                      </Text>
                      <Text size={200}>
                        {t('deliveries.meta', {
                          at: formatDateTime(d.createdAt, config.timeZone, t),
                          count: d.attempts,
                        })}
                        {d.lastError ? ` · ${d.lastError}` : ''}
                      </Text>
                    </div>
                    <Button
                      aria-label={t('deliveries.retryFor', { recipient })}
                      onClick={() => void retry(d, recipient)}
                    >
                      {t('deliveries.retry')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          );
        })()}
    </section>
  );
}

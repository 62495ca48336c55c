import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FitSelect } from '../common/FitSelect';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { errorText } from '../common/error-text';
import { useAsync } from '../common/use-async';
import { useSession } from '../shell/session';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  field: { minWidth: '16rem', maxWidth: '32rem', flexGrow: 1 },
});

/** Which team channel gets the digests: the first install's, until the coordinator picks. */
export function RakeChannelPicker() {
  const { t } = useTranslation();
  const { api } = useSession();
  const styles = useStyles();
  const [state, reload] = useAsync((signal) => api.rakeChannel(signal), [api]);
  const [chosen, setChosen] = useState('');
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);

  const current = state.status === 'ok' ? (state.value.current?.teamId ?? '') : '';
  useEffect(() => setChosen(current), [current]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadFailed error={state.error} retry={reload} />;
  const { channels } = state.value;
  if (channels.length === 0)
    return (
      <Text as="p" block>
        {t('deliveries.noChannels')}
      </Text>
    );

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    try {
      const next = await api.setRakeChannel(chosen);
      setSaved({
        ok: true,
        text: t('deliveries.channelSaved', { name: next.current?.name ?? '' }),
      });
      reload();
    } catch (error) {
      setSaved({ ok: false, text: errorText(error, t) });
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void save(e)}>
      <Field
        className={styles.field}
        label={t('deliveries.channel')}
        hint={t('deliveries.channelHint')}
      >
        <FitSelect value={chosen} onChange={(_, d) => setChosen(d.value)}>
          {current === '' && <option value="">{t('common.choose')}</option>}
          {channels.map((c) => (
            <option key={c.teamId} value={c.teamId}>
              {c.name}
            </option>
          ))}
        </FitSelect>
      </Field>
      <Button type="submit" disabled={chosen === '' || chosen === current}>
        {t('deliveries.saveChannel')}
      </Button>
      {saved && (
        <MessageBar intent={saved.ok ? 'success' : 'error'} role={saved.ok ? 'status' : 'alert'}>
          <MessageBarBody>{saved.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

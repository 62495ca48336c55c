import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitResponse } from '../api/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL },
});

type Props = {
  readonly observation: SubmitResponse;
  readonly onShowMine: () => void;
  readonly onAnother: () => void;
};

/** The confirmation after filing; focus moves here so screen readers hear it. */
export function SubmitSuccess({ observation, onShowMine, onAnother }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const warnings = observation.warnings ?? [];

  return (
    <div className={styles.root} ref={ref} tabIndex={-1} data-testid="submit-success">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('form.successTitle')}</MessageBarTitle>
          {t('form.successBody')}
          {warnings.length > 0 && (
            <>
              <div>{t('form.serverWarnings')}</div>
              <ul className={styles.list}>
                {warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onShowMine}>
          {t('form.successLink')}
        </Button>
        <Button onClick={onAnother}>{t('form.successAnother')}</Button>
      </div>
    </div>
  );
}

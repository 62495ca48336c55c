import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRIAGE_FIELDS, type TriageField } from '../../../src/domain/triage/triage-record';
import type { Tagged } from '../api/client';
import type { ObservationView } from '../api/types';
import { Heading } from '../common/Heading';
import { useTriage } from './use-triage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

type Props = {
  readonly view: ObservationView;
  readonly etag: string | null;
  readonly onSaved: (tagged: Tagged<ObservationView>) => void;
  readonly onStale: () => Promise<unknown>;
};

/** Kainuu's ten-column follow-up sheet as a form (domain brief §5). */
export function TriageForm(props: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const triage = useTriage(props);
  const readOnly = !props.view.canTriage;

  // Kainuu's column names (more telling than the server's short field names), numbered 1–10.
  const label = (f: TriageField, i: number) => `${i + 1}. ${t(`triage.${f}`)}`;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void triage.submit();
  };

  if (!props.view.triage) {
    return (
      <section aria-labelledby="triage-heading">
        <Heading level={3} id="triage-heading">
          {t('panel.triageHeading')}
        </Heading>
        <Text>{t('panel.readOnly')}</Text>
      </section>
    );
  }

  return (
    <section aria-labelledby="triage-heading">
      <Heading level={3} id="triage-heading">
        {t('panel.triageHeading')}
      </Heading>
      <Text as="p" block>
        {readOnly ? t('panel.readOnly') : t('panel.triageIntro')}
      </Text>
      <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="triage-form">
        {triage.save.status === 'conflict' && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{t('panel.conflict')}</MessageBarBody>
          </MessageBar>
        )}
        {TRIAGE_FIELDS.map((f, i) => {
          const id = `triage-${f}`;
          const error = triage.fieldErrors[f];
          const other = triage.conflicts[f];
          const hint =
            other !== undefined
              ? t('panel.storedValue', { value: other || t('common.empty') })
              : f === 'priority'
                ? t('panel.priorityHint')
                : undefined;
          return (
            <Field
              key={f}
              label={{ children: label(f, i), htmlFor: id }}
              hint={hint}
              validationState={error ? 'error' : other !== undefined ? 'warning' : 'none'}
              validationMessage={error}
            >
              {f === 'priority' ? (
                <Input
                  id={id}
                  type="number"
                  min={1}
                  step={1}
                  readOnly={readOnly}
                  value={triage.values[f]}
                  onChange={(_, d) => triage.set(f, d.value)}
                />
              ) : (
                <Textarea
                  id={id}
                  resize="vertical"
                  rows={f === 'coreContent' || f === 'result' ? 3 : 2}
                  readOnly={readOnly}
                  value={triage.values[f]}
                  onChange={(_, d) => triage.set(f, d.value)}
                />
              )}
            </Field>
          );
        })}
        {triage.save.status === 'failed' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{triage.save.message}</MessageBarBody>
          </MessageBar>
        )}
        {!readOnly && (
          <div className={styles.actions}>
            <Button
              type="submit"
              appearance="primary"
              disabledFocusable={triage.save.status === 'saving' || triage.dirty.length === 0}
            >
              {triage.save.status === 'saving' ? t('panel.saving') : t('panel.save')}
            </Button>
            <Text role="status">{triage.save.status === 'saved' ? t('panel.saved') : ''}</Text>
          </div>
        )}
      </form>
    </section>
  );
}

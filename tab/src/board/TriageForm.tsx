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
import {
  isTriageDateField,
  TRIAGE_FIELDS,
  type TriageField,
} from '../../../src/domain/triage/triage-record';
import type { Tagged } from '../api/client';
import type { ObservationView } from '../api/types';
import { Heading } from '../common/Heading';
import { OwnerCombobox, useStaffList } from './OwnerCombobox';
import { TriageHistory } from './TriageHistory';
import { isDayValue, triageValueText } from './triage-values';
import { useTriage } from './use-triage';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

type Props = {
  readonly view: ObservationView;
  readonly etag: string | null;
  readonly onSaved: (tagged: Tagged<ObservationView>) => void;
  readonly onStale: () => Promise<unknown>;
};

/**
 * Kainuu's ten-column follow-up sheet as a form (domain brief §5): "who does it" picks a member
 * of staff or takes free text, "when" and "follow-up" take a date; its edit history below.
 */
export function TriageForm(props: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const triage = useTriage(props);
  const readOnly = !props.view.canTriage;
  const staff = useStaffList(!readOnly && props.view.triage !== undefined);

  // Kainuu's column names (more telling than the server's short field names), numbered 1–10.
  const label = (f: TriageField, i: number) => `${i + 1}. ${t(`triage.${f}`)}`;

  /** What a field says under it when nobody else changed it meanwhile. */
  const hintOf = (f: TriageField, value: string): string | undefined => {
    if (f === 'priority') return t('panel.priorityHint');
    if (f === 'owner' && !readOnly) {
      return staff.isError ? t('triageEdits.staffLoadFailed') : t('triageEdits.ownerHint');
    }
    if (!isTriageDateField(f) || value === '') return undefined;
    // The day as Finns write it, whatever the browser's date field shows; or an older record's
    // free text, kept until a day replaces it.
    return isDayValue(value)
      ? t('triageEdits.chosenDay', { date: triageValueText(f, value) })
      : t('triageEdits.earlierText', { value });
  };

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
    <section aria-labelledby="triage-heading" className={styles.section}>
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
          const value = triage.values[f];
          const hint =
            other !== undefined
              ? t('panel.storedValue', { value: triageValueText(f, other) || t('common.empty') })
              : hintOf(f, value);
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
              ) : f === 'owner' ? (
                <OwnerCombobox
                  id={id}
                  value={value}
                  staff={staff.data ?? []}
                  readOnly={readOnly}
                  onChange={(v) => triage.set(f, v)}
                />
              ) : isTriageDateField(f) ? (
                <Input
                  id={id}
                  type="date"
                  readOnly={readOnly}
                  value={isDayValue(value) ? value : ''}
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
      <TriageHistory id={props.view.id} version={props.view.version} />
    </section>
  );
}

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  shorthands,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { errorText } from '../common/error-text';
import { FitSelect as Select } from '../common/FitSelect';
import { useAsync } from '../common/use-async';
import { monthNames, weekdayNames } from '../i18n/format';
import { useSession } from '../shell/session';
import { CHOICE_LISTS, countySettings, saveCountySettings, type CountySettings } from './admin-api';
import { ADMIN_TEXTS } from './admin-texts';
import { ChoiceListEditor } from './ChoiceListEditor';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  fieldset: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  months: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  problems: { margin: 0 },
  narrowField: { maxWidth: '32rem' },
  action: { alignSelf: 'flex-start' },
});

type Timing = keyof CountySettings['timing'];
const TIMINGS: readonly Timing[] = ['digestDaysBefore', 'reminderDays', 'escalationDays'];
/** The whole numbers the server takes (src/domain/county/county-settings.ts). */
const LIMITS: Readonly<Record<Timing | 'years', readonly [number, number]>> = {
  digestDaysBefore: [0, 365],
  reminderDays: [1, 365],
  escalationDays: [1, 365],
  years: [1, 100],
};
const NUMBER_IDS: Readonly<Record<Timing | 'years', string>> = {
  digestDaysBefore: 'settings-digestDaysBefore',
  reminderDays: 'settings-reminderDays',
  escalationDays: 'settings-escalationDays',
  years: 'settings-years',
};
const outOfRange = (value: number, [min, max]: readonly [number, number]) =>
  !Number.isInteger(value) || value < min || value > max;

/** The county's settings as the admin edits them, saved whole under If-Match. */
export function CountySettingsSection({ onSaved }: { readonly onSaved: () => void }) {
  const { api, language } = useSession();
  const { t } = useTranslation();
  const texts = ADMIN_TEXTS[language].settings;
  const styles = useStyles();
  const [loaded, reload] = useAsync((signal) => countySettings(api, signal), [api]);
  const [draft, setDraft] = useState<CountySettings | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [stale, setStale] = useState(false);
  // Field messages only once a save was tried: an emptied field while typing is not an error.
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    if (loaded.status !== 'ok') return;
    setDraft(loaded.value.value.settings);
    setVersion(loaded.value.value.version);
    setEtag(loaded.value.etag);
    setStale(false);
  }, [loaded]);

  const header = (
    <>
      <Heading level={3} id="admin-settings">
        {texts.heading}
      </Heading>
      <Text as="p" block>
        {texts.intro}
      </Text>
    </>
  );
  if (loaded.status === 'loading' || (loaded.status === 'ok' && draft === null)) {
    return (
      <section aria-labelledby="admin-settings">
        {header}
        <Loading />
      </section>
    );
  }
  if (loaded.status === 'error' || draft === null) {
    return (
      <section aria-labelledby="admin-settings">
        {header}
        <LoadFailed error={loaded.status === 'error' ? loaded.error : null} retry={reload} />
      </section>
    );
  }

  const update = (patch: Partial<CountySettings>) => setDraft({ ...draft, ...patch });
  const toggleMonth = (month: number, on: boolean) => {
    const months = new Set(draft.meetings.months);
    if (on) months.add(month);
    else months.delete(month);
    update({ meetings: { ...draft.meetings, months: [...months].sort((a, b) => a - b) } });
  };
  const number = (text: string): number => (text.trim() === '' ? NaN : Number(text));

  const numbers: Record<Timing | 'years', number> = {
    ...draft.timing,
    years: draft.retention.years,
  };
  const badNumbers = (Object.keys(LIMITS) as (Timing | 'years')[]).filter((name) =>
    outOfRange(numbers[name], LIMITS[name]),
  );
  const numberState = (name: Timing | 'years') =>
    checked && badNumbers.includes(name)
      ? {
          validationState: 'error' as const,
          validationMessage: texts.wholeNumber(LIMITS[name][0], LIMITS[name][1]),
        }
      : {};

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (etag === null) return;
    setChecked(true);
    const [firstBad] = badNumbers;
    if (firstBad !== undefined) {
      // Said at the field, and the focus goes there: nothing is sent that the server refuses.
      setMessage({ intent: 'error', text: texts.fixNumbers });
      document.getElementById(NUMBER_IDS[firstBad])?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    setProblems([]);
    try {
      const saved = await saveCountySettings(api, draft, etag);
      setDraft(saved.value.settings);
      setVersion(saved.value.version);
      setEtag(saved.etag);
      setMessage({ intent: 'success', text: texts.saved });
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        setStale(true);
        setMessage({ intent: 'error', text: texts.stale });
      } else {
        if (isApiError(error)) setProblems(error.fields.map((f) => f.message));
        setMessage({ intent: 'error', text: errorText(error, t) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="admin-settings">
      {header}
      <Text as="p" block size={200}>
        {texts.version(version)}
      </Text>
      <form className={styles.form} onSubmit={(e) => void save(e)} aria-labelledby="admin-settings">
        <Accordion multiple collapsible>
          {CHOICE_LISTS.map((list) => (
            <AccordionItem key={list} value={list}>
              <AccordionHeader as="h4">{texts.lists[list]}</AccordionHeader>
              <AccordionPanel>
                <ChoiceListEditor
                  name={list}
                  entries={draft[list]}
                  onChange={(entries) => update({ [list]: entries })}
                />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>

        <Field
          className={styles.narrowField}
          label={{ children: texts.period, htmlFor: 'settings-period' }}
        >
          <Select
            id="settings-period"
            value={draft.periodScheme}
            onChange={(_, d) => update({ periodScheme: d.value as CountySettings['periodScheme'] })}
          >
            <option value="quarters">{texts.periodSchemes.quarters}</option>
            <option value="half-years-dec">{texts.periodSchemes['half-years-dec']}</option>
          </Select>
        </Field>

        <fieldset className={styles.fieldset}>
          <legend>{texts.meetings}</legend>
          <div className={styles.months}>
            {monthNames(language).map((name, i) => (
              <Checkbox
                key={name}
                label={name}
                checked={draft.meetings.months.includes(i + 1)}
                onChange={(_, d) => toggleMonth(i + 1, d.checked === true)}
              />
            ))}
          </div>
          <div className={styles.row}>
            <Field label={{ children: texts.nth, htmlFor: 'settings-nth' }}>
              <Select
                id="settings-nth"
                value={String(draft.meetings.day.nth)}
                onChange={(_, d) =>
                  update({
                    meetings: {
                      ...draft.meetings,
                      day: { ...draft.meetings.day, nth: Number(d.value) },
                    },
                  })
                }
              >
                {texts.nths.map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={{ children: texts.weekday, htmlFor: 'settings-weekday' }}>
              <Select
                id="settings-weekday"
                value={String(draft.meetings.day.weekday)}
                onChange={(_, d) =>
                  update({
                    meetings: {
                      ...draft.meetings,
                      day: { ...draft.meetings.day, weekday: Number(d.value) },
                    },
                  })
                }
              >
                {weekdayNames(language).map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>{texts.timing}</legend>
          <div className={styles.row}>
            {TIMINGS.map((name) => (
              <Field
                key={name}
                label={{ children: texts[name], htmlFor: NUMBER_IDS[name] }}
                {...numberState(name)}
              >
                <Input
                  id={NUMBER_IDS[name]}
                  type="number"
                  inputMode="numeric"
                  min={name === 'digestDaysBefore' ? 0 : 1}
                  max={365}
                  value={Number.isNaN(draft.timing[name]) ? '' : String(draft.timing[name])}
                  onChange={(_, d) =>
                    update({ timing: { ...draft.timing, [name]: number(d.value) } })
                  }
                />
              </Field>
            ))}
          </div>
        </fieldset>

        <Field hint={texts.publicFormHint}>
          <Switch
            label={texts.publicForm}
            checked={draft.publicForm}
            onChange={(_, d) => update({ publicForm: d.checked })}
          />
        </Field>

        <fieldset className={styles.fieldset}>
          <legend>{texts.retention}</legend>
          <div className={styles.row}>
            <Field
              label={{ children: texts.retentionYears, htmlFor: NUMBER_IDS.years }}
              {...numberState('years')}
            >
              <Input
                id={NUMBER_IDS.years}
                type="number"
                inputMode="numeric"
                min={1}
                max={100}
                value={Number.isNaN(draft.retention.years) ? '' : String(draft.retention.years)}
                onChange={(_, d) =>
                  update({ retention: { ...draft.retention, years: number(d.value) } })
                }
              />
            </Field>
            <Field label={{ children: texts.retentionMode, htmlFor: 'settings-mode' }}>
              <Select
                id="settings-mode"
                value={draft.retention.mode}
                onChange={(_, d) =>
                  update({
                    retention: {
                      ...draft.retention,
                      mode: d.value as CountySettings['retention']['mode'],
                    },
                  })
                }
              >
                <option value="anonymise">{texts.retentionModes.anonymise}</option>
                <option value="delete">{texts.retentionModes.delete}</option>
              </Select>
            </Field>
          </div>
        </fieldset>

        <Button
          className={styles.action}
          type="submit"
          appearance="primary"
          disabledFocusable={busy}
        >
          {busy ? texts.saving : texts.save}
        </Button>
        <LiveMessage message={message} polite={['success']} />
        {problems.length > 0 && (
          <ul className={styles.problems}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {stale && (
          <Button className={styles.action} onClick={reload}>
            {texts.reload}
          </Button>
        )}
      </form>
    </section>
  );
}

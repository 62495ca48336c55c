import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  shorthands,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useSession } from '../shell/session';
import type { ChoiceListName, SettingsChoice } from './admin-api';
import { ADMIN_TEXTS } from './admin-texts';

const LOCALES = ['fi', 'sv', 'en'] as const;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  entry: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    paddingBlock: tokens.spacingVerticalS,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  id: { gridColumn: '1 / -1', overflowWrap: 'anywhere' },
  fieldset: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    marginTop: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

type Props = {
  readonly name: ChoiceListName;
  readonly entries: readonly SettingsChoice[];
  readonly onChange: (entries: SettingsChoice[]) => void;
};

/** One county list: rename each entry in fi/sv/en, retire it, or add a new one. */
export function ChoiceListEditor({ name, entries, onChange }: Props) {
  const { language } = useSession();
  const texts = ADMIN_TEXTS[language].settings;
  const styles = useStyles();
  const [draft, setDraft] = useState({ id: '', fi: '', sv: '', en: '' });
  const set = (index: number, next: SettingsChoice) =>
    onChange(entries.map((entry, i) => (i === index ? next : entry)));
  const ready = draft.id.trim() !== '' && LOCALES.every((l) => draft[l].trim() !== '');
  return (
    <div>
      <ul className={styles.list}>
        {entries.map((entry, index) => (
          <li key={entry.id} className={styles.entry}>
            <Text className={styles.id} weight="semibold">
              {entry.label[language] || entry.id} <Text size={200}>({texts.entry(entry.id)})</Text>
            </Text>
            {LOCALES.map((locale) => (
              <Field
                key={locale}
                label={{ children: texts.labels[locale], htmlFor: `${name}-${entry.id}-${locale}` }}
              >
                <Input
                  id={`${name}-${entry.id}-${locale}`}
                  value={entry.label[locale]}
                  onChange={(_, d) =>
                    set(index, { ...entry, label: { ...entry.label, [locale]: d.value } })
                  }
                />
              </Field>
            ))}
            <Checkbox
              label={texts.retired}
              checked={entry.retired === true}
              onChange={(_, d) => {
                const { retired: _was, ...rest } = entry;
                set(index, d.checked === true ? { ...rest, retired: true } : rest);
              }}
            />
          </li>
        ))}
      </ul>
      <fieldset className={styles.fieldset}>
        <legend>{texts.newEntry}</legend>
        <div className={styles.entry}>
          <Field
            label={{ children: texts.newId, htmlFor: `${name}-new-id` }}
            hint={texts.newIdHint}
          >
            <Input
              id={`${name}-new-id`}
              value={draft.id}
              onChange={(_, d) => setDraft((v) => ({ ...v, id: d.value }))}
            />
          </Field>
          {LOCALES.map((locale) => (
            <Field
              key={locale}
              label={{ children: texts.labels[locale], htmlFor: `${name}-new-${locale}` }}
            >
              <Input
                id={`${name}-new-${locale}`}
                value={draft[locale]}
                onChange={(_, d) => setDraft((v) => ({ ...v, [locale]: d.value }))}
              />
            </Field>
          ))}
          <Button
            disabledFocusable={!ready}
            onClick={() => {
              if (!ready) return;
              onChange([
                ...entries,
                {
                  id: draft.id.trim(),
                  label: { fi: draft.fi.trim(), sv: draft.sv.trim(), en: draft.en.trim() },
                },
              ]);
              setDraft({ id: '', fi: '', sv: '', en: '' });
            }}
          >
            {texts.add}
          </Button>
        </div>
      </fieldset>
    </div>
  );
}

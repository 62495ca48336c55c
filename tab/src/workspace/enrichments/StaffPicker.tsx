import { Combobox, Field, makeStyles, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../api/types';

/** At most this many names in the list at once; typing narrows it down. */
const SHOWN = 50;

const useStyles = makeStyles({ field: { maxWidth: '32rem' }, box: { minWidth: 0 } });

const fold = (text: string) => text.toLocaleLowerCase('fi');

type Props = {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly staff: readonly StaffMember[];
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly error?: string;
};

/** People named by name (or title): typing narrows the list, the chosen are said in the hint. */
export function StaffPicker({ id, label, hint, staff, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [typed, setTyped] = useState('');
  const chosen = staff.filter((s) => value.includes(s.id));
  const query = fold(typed.trim());
  const shown = staff
    .filter(
      (s) =>
        query === '' ||
        value.includes(s.id) ||
        fold(s.name).includes(query) ||
        fold(s.title ?? '').includes(query),
    )
    .slice(0, SHOWN);
  const said =
    chosen.length === 0
      ? t('workspace.enrichments.nobodyNamed')
      : t('workspace.proposals.selected', { names: chosen.map((s) => s.name).join('; ') });
  return (
    <Field
      className={styles.field}
      label={{ children: label, htmlFor: id }}
      hint={`${hint} ${said}`}
      validationMessage={error}
    >
      <Combobox
        id={id}
        className={styles.box}
        expandIcon={{ 'aria-label': t('common.openList') }}
        multiselect
        freeform
        value={typed}
        selectedOptions={[...value]}
        placeholder={t('workspace.enrichments.typeName')}
        onChange={(e) => setTyped(e.target.value)}
        onOptionSelect={(_, d) => {
          onChange(d.selectedOptions);
          setTyped('');
        }}
      >
        {shown.map((s) => (
          <Option key={s.id} value={s.id} text={s.name}>
            {s.title ? `${s.name} (${s.title})` : s.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

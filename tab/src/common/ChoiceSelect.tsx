import type { SelectProps } from '@fluentui/react-components';
import { FitSelect } from './FitSelect';
import type { Choice } from '../api/types';
import type { Language } from '../i18n';
import { localized } from '../i18n/format';

type Props = Omit<SelectProps, 'onChange' | 'value'> & {
  readonly choices: readonly Choice[];
  readonly language: Language;
  readonly value: string;
  readonly onValue: (value: string) => void;
  /** The empty first option ("Valitse…" / "Kaikki"). */
  readonly emptyLabel: string;
};

/** A native select over a county list, labelled in the user's language. */
export function ChoiceSelect({ choices, language, value, onValue, emptyLabel, ...rest }: Props) {
  return (
    <FitSelect {...rest} value={value} onChange={(_, d) => onValue(d.value)}>
      <option value="">{emptyLabel}</option>
      {choices.map((c) => (
        <option key={c.id} value={c.id}>
          {localized(c.label, language)}
        </option>
      ))}
    </FitSelect>
  );
}

import { Field } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, loadDropdown, Option } from '../common/LazyDropdown';
import { usePhenomena } from './use-phenomena';

type Props = {
  readonly id: string;
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
  readonly error?: string;
};

/** The phenomena a proposal rests on, chosen from the list. */
export function PhenomenaPicker({ id, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const phenomena = usePhenomena().data ?? [];
  // Fluent's Dropdown is fetched as the form opens, and put in place of its stand-in as soon
  // as it has come (the stand-in draws no options, and a click on it can land as it goes).
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void loadDropdown().then(() => setLoaded(true));
  }, []);
  const chosen = phenomena.filter((p) => value.includes(p.id));
  const hint =
    chosen.length > 0
      ? `${t('workspace.proposals.phenomenaHint')} ${t('workspace.proposals.selected', {
          names: chosen.map((p) => p.title).join('; '),
        })}`
      : t('workspace.proposals.phenomenaHint');
  return (
    <Field
      label={{ children: t('workspace.proposals.phenomena'), htmlFor: id }}
      hint={hint}
      validationMessage={error}
    >
      <Dropdown
        key={loaded ? 'real' : 'stand-in'}
        id={id}
        multiselect
        placeholder={t('workspace.proposals.phenomenaPlaceholder')}
        selectedOptions={[...value]}
        value={chosen.map((p) => p.title).join('; ')}
        onOptionSelect={(_, d) => onChange(d.selectedOptions)}
      >
        {phenomena.map((p) => (
          <Option key={p.id} value={p.id} text={p.title}>
            {p.title}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

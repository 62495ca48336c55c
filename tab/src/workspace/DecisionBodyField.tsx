import { Combobox, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DECISION_BODY_MAX } from './limits';

/** The county's usual decision bodies, offered in the user's language. */
const SUGGESTIONS = ['leadership', 'board', 'committee', 'hyte', 'rake'] as const;

type Props = {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
};

/** Who decides: free text, with the usual bodies as suggestions. */
export function DecisionBodyField({ id, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const suggestions = SUGGESTIONS.map((key) => t(`workspace.proposals.suggestions.${key}`));
  return (
    <Field
      label={{ children: t('workspace.proposals.decisionBody'), htmlFor: id }}
      required
      hint={t('workspace.proposals.decisionBodyHint')}
      validationMessage={error}
    >
      <Combobox
        id={id}
        expandIcon={{ 'aria-label': t('common.openList') }}
        freeform
        value={value}
        selectedOptions={suggestions.includes(value) ? [value] : []}
        maxLength={DECISION_BODY_MAX}
        onChange={(e) => onChange(e.target.value)}
        onOptionSelect={(_, d) => onChange(d.optionText ?? '')}
      >
        {suggestions.map((s) => (
          <Option key={s}>{s}</Option>
        ))}
      </Combobox>
    </Field>
  );
}

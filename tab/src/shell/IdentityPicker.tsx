import { Field } from '@fluentui/react-components';
import { FitSelect } from '../common/FitSelect';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../api/types';

type Props = {
  readonly identities: readonly StaffMember[];
  readonly current: StaffMember | null;
  readonly onChoose: (id: string) => void;
};

/** Dev mode only: which demo user the tab acts as (replaces Teams SSO in a plain browser). */
export function IdentityPicker({ identities, current, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <Field
      label={{ children: t('identity.label'), htmlFor: 'acting-as' }}
      hint={t('identity.hint')}
    >
      <FitSelect id="acting-as" value={current?.id ?? ''} onChange={(_, d) => onChoose(d.value)}>
        {identities.map((i) => (
          <option key={i.id} value={i.id}>
            {i.title ? `${i.name} – ${i.title}` : i.name}
          </option>
        ))}
      </FitSelect>
    </Field>
  );
}

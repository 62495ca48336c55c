import { Field } from '@fluentui/react-components';
import { FitSelect } from '../common/FitSelect';
import { Dropdown, Option } from '../common/LazyDropdown';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shell/session';
import type { Draft, DraftField } from './draft';
import { fieldState } from './field-state';
import { useColleagues, useSupervisors } from './use-staff';
import type { FieldMessages } from './validate';

type Props = {
  readonly draft: Draft;
  readonly set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  readonly errors: FieldMessages;
};

const staffLabel = (s: { name: string; title?: string | null }) =>
  s.title ? `${s.name} (${s.title})` : s.name;

/** The named supervisor (where the county names one) and co-reporters from the unit. */
export function PeopleFields({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  const { config } = useSession();
  const supervisors = useSupervisors(draft.serviceArea);
  const colleagues = useColleagues();
  const named = config.supervisorNamedByReporter;
  const supervisorList = supervisors.status === 'ok' ? supervisors.value : [];
  const colleagueList = colleagues.status === 'ok' ? colleagues.value : [];

  const supervisorHint = !draft.serviceArea
    ? t('form.supervisorPickAreaFirst')
    : t('form.supervisorHintRequired');

  const chosen = colleagueList.filter((c) => draft.coReporterIds.includes(c.id));

  return (
    <>
      {/* Only where the county routes to a named supervisor (Kymenlaakso); elsewhere the
          service area decides, and the server refuses a named one. */}
      {named && (
        <Field
          label={{ children: t('form.supervisor'), htmlFor: 'supervisorId' }}
          required
          hint={supervisorHint}
          {...fieldState('supervisorId', errors, null, t)}
        >
          <FitSelect
            id="supervisorId"
            value={draft.supervisorId}
            disabled={!draft.serviceArea}
            onChange={(_, d) => set('supervisorId', d.value)}
          >
            <option value="">{t('common.choose')}</option>
            {supervisorList.map((s) => (
              <option key={s.id} value={s.id}>
                {staffLabel(s)}
              </option>
            ))}
          </FitSelect>
        </Field>
      )}

      <Field
        label={{ children: t('form.coReporters'), htmlFor: 'coReporterIds' }}
        hint={
          chosen.length > 0
            ? `${t('form.coReportersHint')} ${t('form.coReportersSelected', {
                names: chosen.map((c) => c.name).join(', '),
              })}`
            : t('form.coReportersHint')
        }
        {...fieldState('coReporterIds', errors, null, t)}
      >
        <Dropdown
          id="coReporterIds"
          multiselect
          placeholder={t('form.coReportersPlaceholder')}
          selectedOptions={[...draft.coReporterIds]}
          value={chosen.map((c) => c.name).join(', ')}
          onOptionSelect={(_, d) => set('coReporterIds', d.selectedOptions)}
        >
          {colleagueList.map((c) => (
            <Option key={c.id} value={c.id} text={c.name}>
              {staffLabel(c)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}

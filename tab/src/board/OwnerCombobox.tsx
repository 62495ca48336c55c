import { Combobox, Option, makeStyles } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../api/types';
import { useSession } from '../shell/session';

/** At most this many names in the list at once; typing narrows it down. */
const SHOWN = 50;

const useStyles = makeStyles({ root: { width: '100%', minWidth: 0, boxSizing: 'border-box' } });

/** The staff to choose from, loaded once for a few minutes (only where someone may triage). */
export function useStaffList(enabled: boolean) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['staff'],
    queryFn: ({ signal }) => api.staff({}, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

const fold = (text: string) => text.toLocaleLowerCase('fi');

/** Those whose name or title holds what was typed; everyone while it is a name as chosen. */
function shown(staff: readonly StaffMember[], value: string): readonly StaffMember[] {
  const typed = fold(value.trim());
  if (typed === '' || staff.some((s) => s.name === value)) return staff.slice(0, SHOWN);
  return staff
    .filter((s) => fold(s.name).includes(typed) || fold(s.title ?? '').includes(typed))
    .slice(0, SHOWN);
}

type Props = {
  readonly id: string;
  readonly value: string;
  readonly staff: readonly StaffMember[];
  readonly readOnly: boolean;
  readonly onChange: (value: string) => void;
};

/**
 * Field 7, "who does it": a member of staff from the list, or anything typed (a team, a
 * partner). The name is what is stored: the field stays text on the server.
 */
export function OwnerCombobox({ id, value, staff, readOnly, onChange }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const chosen = staff
    .filter((s) => s.name === value)
    .slice(0, 1)
    .map((s) => s.id);
  return (
    <Combobox
      id={id}
      className={styles.root}
      // Fluent's own label of the arrow is English ("Open").
      expandIcon={{ 'aria-label': t('common.openList') }}
      freeform
      readOnly={readOnly}
      value={value}
      selectedOptions={chosen}
      onChange={(e) => onChange(e.target.value)}
      onOptionSelect={(_, d) => {
        if (d.optionText !== undefined) onChange(d.optionText);
      }}
    >
      {shown(staff, value).map((s) => (
        <Option key={s.id} value={s.id} text={s.name}>
          {s.title ? `${s.name} (${s.title})` : s.name}
        </Option>
      ))}
    </Combobox>
  );
}

import { Field, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../api/types';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { useSession } from '../shell/session';
import type { Draft } from './draft';
import { fieldState } from './field-state';
import type { FieldMessages } from './validate';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    '& > *': { minWidth: 0 },
  },
});

type ListField = 'topic' | 'serviceArea' | 'municipality' | 'targetGroup';

type Props = {
  readonly draft: Draft;
  readonly set: (field: ListField, value: string) => void;
  readonly errors: FieldMessages;
};

/** Topic, service area, municipality and target group from the county's lists. */
export function PlacementFields({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  const { config, language } = useSession();
  const styles = useStyles();
  // A retired entry still labels old observations, but is never offered for a new one.
  const offered = (list: readonly Choice[]) => list.filter((choice) => choice.retired !== true);
  const lists: ReadonlyArray<[ListField, readonly Choice[]]> = [
    ['topic', offered(config.topics)],
    ['serviceArea', offered(config.serviceAreas)],
    ['municipality', offered(config.municipalities)],
    ['targetGroup', offered(config.targetGroups)],
  ];
  return (
    <div className={styles.grid}>
      {lists.map(([field, choices]) => (
        <Field
          key={field}
          label={{ children: t(`form.${field}`), htmlFor: field }}
          required
          {...fieldState(field, errors, null, t)}
        >
          <ChoiceSelect
            id={field}
            choices={choices}
            language={language}
            value={draft[field]}
            onValue={(v) => set(field, v)}
            emptyLabel={t('common.choose')}
          />
        </Field>
      ))}
    </div>
  );
}

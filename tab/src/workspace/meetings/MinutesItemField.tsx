import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../common/ChoiceSelect';
import { FitSelect } from '../../common/FitSelect';
import { useSession } from '../../shell/session';
import type { Phenomenon, Proposal } from '../api';
import { TEXT_MAX } from '../limits';
import type { AgendaItem, ItemValue } from './minutes-values';

const useStyles = makeStyles({
  set: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  field: { maxWidth: '32rem' },
  newProposal: { alignSelf: 'flex-start' },
});

type Props = {
  readonly item: AgendaItem;
  /** The item's name in the form ("Ilmoitus 2/9"). */
  readonly legend: string;
  /** What the item is about: the observation's excerpt, the proposal, the request. */
  readonly subject: ReactNode;
  /** The id of the element that describes the item (its excerpt or title). */
  readonly describedBy: string;
  readonly value: ItemValue;
  readonly errors: Readonly<Record<string, string>>;
  readonly phenomena: readonly Phenomenon[];
  readonly proposals: readonly Proposal[];
  readonly onChange: (value: ItemValue) => void;
  /** Opens the proposal form in place of the minutes; the new one is chosen here after. */
  readonly onNewProposal: () => void;
};

/** One agenda item in the minutes: what was decided on it, with what it needs, and a note. */
export function MinutesItemField(props: Props) {
  const { item, value, errors, onChange } = props;
  const { t } = useTranslation();
  const { config, language } = useSession();
  const styles = useStyles();
  const id = controlBase(item.key);
  const error = (field: keyof ItemValue) => errors[`item.${item.key}.${field}`];
  const change = <K extends keyof ItemValue>(field: K, v: ItemValue[K]) =>
    onChange({ ...value, [field]: v });

  return (
    <fieldset className={styles.set} data-minutes-item={item.key}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.subject}
      <Field
        className={styles.field}
        label={{ children: t('workspace.minutes.decision'), htmlFor: `${id}-decision` }}
      >
        <FitSelect
          id={`${id}-decision`}
          aria-describedby={props.describedBy}
          value={value.decision}
          onChange={(_, d) => change('decision', d.value as ItemValue['decision'])}
        >
          <option value="">{t('workspace.minutes.notRecorded')}</option>
          {item.decisions.map((d) => (
            <option key={d} value={d}>
              {t(`workspace.minutes.decisions.${d}`)}
            </option>
          ))}
        </FitSelect>
      </Field>
      {value.decision === 'link_to_phenomenon' && (
        <Field
          className={styles.field}
          label={{ children: t('workspace.minutes.phenomenon'), htmlFor: `${id}-phenomenonId` }}
          required
          validationMessage={error('phenomenonId')}
        >
          <FitSelect
            id={`${id}-phenomenonId`}
            value={value.phenomenonId}
            onChange={(_, d) => change('phenomenonId', d.value)}
          >
            <option value="">{t('common.choose')}</option>
            {props.phenomena.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </FitSelect>
        </Field>
      )}
      {value.decision === 'make_proposal' && (
        <>
          <Field
            className={styles.field}
            label={{ children: t('workspace.minutes.proposal'), htmlFor: `${id}-proposalId` }}
            required
            hint={t('workspace.minutes.proposalHint')}
            validationMessage={error('proposalId')}
          >
            <FitSelect
              id={`${id}-proposalId`}
              value={value.proposalId}
              onChange={(_, d) => change('proposalId', d.value)}
            >
              <option value="">{t('common.choose')}</option>
              {props.proposals.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </FitSelect>
          </Field>
          <Button
            className={styles.newProposal}
            size="small"
            data-new-proposal={item.key}
            aria-describedby={props.describedBy}
            onClick={props.onNewProposal}
          >
            {t('workspace.minutes.newProposal')}
          </Button>
        </>
      )}
      {value.decision === 'hand_to_service_area' && (
        <Field
          className={styles.field}
          label={{ children: t('workspace.minutes.serviceArea'), htmlFor: `${id}-serviceArea` }}
          required
          hint={t('workspace.minutes.serviceAreaHint')}
          validationMessage={error('serviceArea')}
        >
          <ChoiceSelect
            id={`${id}-serviceArea`}
            choices={config.serviceAreas}
            language={language}
            value={value.serviceArea}
            onValue={(v) => change('serviceArea', v)}
            emptyLabel={t('common.choose')}
          />
        </Field>
      )}
      {value.decision !== '' && (
        <Field
          label={{ children: t('workspace.minutes.note'), htmlFor: `${id}-note` }}
          validationMessage={error('note')}
        >
          <Textarea
            id={`${id}-note`}
            resize="vertical"
            rows={2}
            maxLength={TEXT_MAX}
            value={value.note}
            onChange={(_, d) => change('note', d.value)}
          />
        </Field>
      )}
      {value.decision === '' && <Text size={200}>{t('workspace.minutes.notRecordedHint')}</Text>}
    </fieldset>
  );
}

const controlBase = (key: string) => `minutes-${key.replace(/[^\w-]/g, '-')}`;

/** The id of an item's control (the first error's focus, the new proposal's return). */
export const minutesControlId = (key: string, field: keyof ItemValue) =>
  `${controlBase(key)}-${field}`;

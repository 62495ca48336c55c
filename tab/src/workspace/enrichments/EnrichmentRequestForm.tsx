import { Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../../common/ChoiceSelect';
import { useSession } from '../../shell/session';
import { dayText, parseDay, todayIn } from '../dates';
import { DayField } from '../DayField';
import { FormFrame } from '../FormFrame';
import { TEXT_MAX } from '../limits';
import { useSaveForm } from '../use-save-form';
import { useWorkspaceLabels } from '../use-workspace-labels';
import { addDays } from './due';
import type { Enrichment } from './enrichments-api';
import { StaffPicker } from './StaffPicker';
import { useEnrichmentWrites, useStaff } from './use-enrichments';

const useStyles = makeStyles({
  // Set off from the compilation or the minutes it is opened in.
  panel: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  field: { maxWidth: '32rem' },
});

/** A request is answered by this many days from today, unless the asker says otherwise. */
const DEFAULT_DAYS = 14;

type Values = {
  readonly serviceArea: string;
  readonly question: string;
  readonly dueDate: string;
  readonly assigneeIds: readonly string[];
};

type Props = {
  /** The compilation it is made from; null: from the minutes (or without one). */
  readonly compilationId: string | null;
  readonly initialArea: string;
  /** The observations handed to an area (the compilation's of the area, the minutes' ones). */
  readonly observationIds: (serviceArea: string) => readonly string[];
  readonly headingLevel: 4 | 5;
  readonly onDone: (enrichment: Enrichment) => void;
  /** Cancel or Escape: the caller puts the focus back on the button that opened it. */
  readonly onCancel: () => void;
};

/**
 * Hand observations to a service area (rikastaminen): the question, the due date and, besides
 * the area's supervisors, who else is asked. The bot tells them.
 */
export function EnrichmentRequestForm(props: Props) {
  const { compilationId, observationIds, onDone, onCancel } = props;
  const { t } = useTranslation();
  const { config, language } = useSession();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const staff = useStaff().data ?? [];
  const { request } = useEnrichmentWrites();
  const p = 'enrichment-new';
  const form = useSaveForm<Values>(
    {
      serviceArea: props.initialArea,
      question: '',
      dueDate: dayText(addDays(todayIn(config.timeZone), DEFAULT_DAYS)),
      assigneeIds: [],
    },
    {
      fieldIds: {
        serviceArea: `${p}-serviceArea`,
        question: `${p}-question`,
        dueDate: `${p}-dueDate`,
        assigneeIds: `${p}-assignees`,
      },
      validate: (v) => ({
        ...(v.serviceArea === '' ? { serviceArea: t('common.required') } : {}),
        ...(v.question.trim() === '' ? { question: t('common.required') } : {}),
        ...(parseDay(v.dueDate) === null
          ? { dueDate: t('workspace.dateInvalid') }
          : parseDay(v.dueDate) === ''
            ? { dueDate: t('common.required') }
            : {}),
      }),
      send: async (v) => {
        const { value } = await request.mutateAsync({
          compilationId,
          request: {
            serviceArea: v.serviceArea,
            question: v.question.trim(),
            dueDate: parseDay(v.dueDate) ?? '',
            observationIds: [...observationIds(v.serviceArea)],
            assigneeIds: [...v.assigneeIds],
          },
        });
        onDone(value);
      },
    },
  );
  const { values, errors, set } = form;
  const handed = observationIds(values.serviceArea).length;

  return (
    <FormFrame
      prefix={p}
      testId="enrichment-request-form"
      className={styles.panel}
      headingLevel={props.headingLevel}
      heading={t('workspace.enrichments.new')}
      form={form}
      submitLabel={t('workspace.enrichments.send')}
      busyLabel={t('workspace.saving')}
      onCancel={onCancel}
      firstField={`${p}-serviceArea`}
    >
      <Field
        className={styles.field}
        label={{ children: t('workspace.enrichments.serviceArea'), htmlFor: `${p}-serviceArea` }}
        required
        hint={t('workspace.enrichments.handed', { count: handed, n: words.number(handed) })}
        validationMessage={errors.serviceArea}
      >
        <ChoiceSelect
          id={`${p}-serviceArea`}
          choices={config.serviceAreas}
          language={language}
          value={values.serviceArea}
          onValue={(v) => set('serviceArea', v)}
          emptyLabel={t('common.choose')}
        />
      </Field>
      <Field
        label={{ children: t('workspace.enrichments.question'), htmlFor: `${p}-question` }}
        required
        hint={t('workspace.enrichments.questionHint')}
        validationMessage={errors.question}
      >
        <Textarea
          id={`${p}-question`}
          resize="vertical"
          rows={3}
          maxLength={TEXT_MAX}
          value={values.question}
          onChange={(_, d) => set('question', d.value)}
        />
      </Field>
      <DayField
        id={`${p}-dueDate`}
        label={t('workspace.enrichments.dueDate')}
        required
        value={values.dueDate}
        onChange={(v) => set('dueDate', v)}
        {...(errors.dueDate ? { error: errors.dueDate } : {})}
      />
      <StaffPicker
        id={`${p}-assignees`}
        label={t('workspace.enrichments.assignees')}
        hint={t('workspace.enrichments.assigneesHint')}
        staff={staff}
        value={values.assigneeIds}
        onChange={(ids) => set('assigneeIds', ids)}
        {...(errors.assigneeIds ? { error: errors.assigneeIds } : {})}
      />
      <Text size={200}>{t('workspace.enrichments.told')}</Text>
    </FormFrame>
  );
}

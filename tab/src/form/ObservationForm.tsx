import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPersonalData } from '../../../src/domain/personal-data/personal-data-guard';
import { useSession } from '../shell/session';
import { ViewHeading } from '../common/ViewHeading';
import { FORM_FIELDS, type Draft, type DraftField } from './draft';
import { Guidance } from './Guidance';
import { PeopleFields } from './PeopleFields';
import { PlacementFields } from './PlacementFields';
import { SubmitSuccess } from './SubmitSuccess';
import { TextFields } from './TextFields';
import { useDraft } from './use-draft';
import { usePersonalData } from './use-personal-data';
import { ALREADY_FILED, useSubmit } from './use-submit';
import { validateLocally, type FieldMessages } from './validate';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    maxWidth: '60rem',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
});

/** Focus order of the fields, for moving focus to the first problem. */
const ORDER: readonly (keyof FieldMessages)[] = [...FORM_FIELDS, 'confirm'];

function focusFirst(errors: FieldMessages): void {
  const first = ORDER.find((f) => errors[f]);
  if (!first) return;
  requestAnimationFrame(() => {
    const el =
      first === 'kind'
        ? document.querySelector<HTMLElement>('#kind input')
        : document.getElementById(first === 'confirm' ? 'confirm-checked' : first);
    el?.focus();
  });
}

type Props = {
  /** Opens "my reports", with the given observation selected when there is one. */
  readonly onShowMine: (observationId?: string) => void;
};

/** The observation form (havaintolomake). Nothing typed is lost: it clears only after success. */
export function ObservationForm({ onShowMine }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me, config, language } = useSession();
  const { draft, idempotencyKey, set, reset, renewKey } = useDraft(me.id);
  const live = usePersonalData(draft);
  const submitter = useSubmit();
  const [localErrors, setLocalErrors] = useState<FieldMessages>({});
  const [attempted, setAttempted] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  const options = {
    textLimit: config.textLimit,
    supervisorRequired: config.supervisorNamedByReporter,
    language,
  };
  const hasWarnings = live.warnings.size > 0;
  const blocked = live.refused.size > 0;
  const submitting = submitter.state.status === 'submitting';
  /** Set when the key had filed this draft before it was edited: the filed one can be opened. */
  const filedId = submitter.state.status === 'failed' ? submitter.state.filedId : undefined;
  const errors: FieldMessages = { ...submitter.serverErrors, ...localErrors };

  const update = <K extends DraftField>(field: K, value: Draft[K]) => {
    set(field, value);
    submitter.clearServerError(field);
    if (attempted) {
      setLocalErrors(validateLocally({ ...draft, [field]: value }, options, t));
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    const found = validateLocally(draft, options, t);
    // The live check is deferred; check the text as it is now before sending.
    const now = checkPersonalData({
      description: draft.description,
      solutionProposal: draft.solutionProposal,
    });
    if (now.warnings.length > 0 && !confirmed) found.confirm = t('form.confirmRequired');
    setLocalErrors(found);
    if (now.refusals.length > 0 || Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const outcome = await submitter.submit(draft, idempotencyKey);
    if (outcome === true) {
      reset();
      setAttempted(false);
      setConfirmed(false);
      setLocalErrors({});
    } else if (outcome === ALREADY_FILED) {
      // The edits are kept; a new key lets the reporter file them as a new observation.
      renewKey();
    } else {
      focusFirst(outcome);
    }
  };

  if (submitter.state.status === 'done') {
    const filed = submitter.state.observation;
    return (
      <>
        <ViewHeading>{t('form.heading')}</ViewHeading>
        <SubmitSuccess
          observation={filed}
          onShowMine={() => onShowMine(filed.id)}
          onAnother={submitter.acknowledge}
        />
      </>
    );
  }

  return (
    <>
      <ViewHeading>{t('form.heading')}</ViewHeading>
      <Text as="p" block>
        {t('form.intro')}
      </Text>
      <Guidance />
      <form className={styles.form} noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextFields draft={draft} set={update} errors={errors} live={live} />
        <PlacementFields draft={draft} set={update} errors={errors} />
        <PeopleFields draft={draft} set={update} errors={errors} />

        {hasWarnings && (
          <Field
            validationState={errors.confirm ? 'error' : 'none'}
            validationMessage={errors.confirm}
          >
            <Checkbox
              id="confirm-checked"
              checked={confirmed}
              onChange={(_, d) => {
                setConfirmed(d.checked === true);
                if (d.checked === true) setLocalErrors(({ confirm: _c, ...rest }) => rest);
              }}
              label={t('form.confirmChecked')}
            />
          </Field>
        )}

        {submitter.state.status === 'failed' && (
          <MessageBar intent="error" role="alert" id="submit-failed">
            <MessageBarBody>{submitter.state.message}</MessageBarBody>
            {submitter.state.retryable && (
              <MessageBarActions>
                {/* The same draft and key: if the first try did arrive, nothing is filed twice. */}
                <Button type="submit" disabledFocusable={blocked || submitting}>
                  {t('form.retry')}
                </Button>
              </MessageBarActions>
            )}
            {filedId !== undefined && (
              <MessageBarActions>
                <Button type="button" onClick={() => onShowMine(filedId)}>
                  {t('form.openFiled')}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}

        <div className={styles.actions}>
          <Button
            type="submit"
            appearance="primary"
            id="submit-observation"
            disabledFocusable={blocked || submitting}
            aria-describedby={blocked ? 'submit-blocked' : undefined}
          >
            {submitting ? t('form.submitting') : t('form.submit')}
          </Button>
          {blocked ? (
            <Text id="submit-blocked" role="status">
              {t('form.submitBlocked')}
            </Text>
          ) : (
            <Text size={200}>{t('form.draftNote')}</Text>
          )}
        </div>
      </form>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/errors';
import { ProposalForm } from '../ProposalForm';
import { usePhenomena } from '../use-phenomena';
import { useProposals, useProposalWrites } from '../use-proposals';
import { useSaveForm } from '../use-save-form';
import type { Agenda } from './meetings-api';
import { MinutesForm } from './MinutesForm';
import { minutesControlId } from './MinutesItemField';
import {
  agendaItems,
  errorsByItem,
  initialMinutes,
  minutesDraft,
  minutesErrors,
  NEEDS,
  type ItemValue,
  type MinutesValues,
} from './minutes-values';
import { useMeetingWrites } from './use-meetings';

type Props = {
  readonly agenda: Agenda;
  readonly etag: string | null;
  /** Saved: the caller shows the recorded minutes and takes the focus there. */
  readonly onSaved: () => void;
  /** Cancel or Escape: the caller puts the focus back on the button that opened it. */
  readonly onCancel: () => void;
};

/**
 * The minutes being written, and the proposal form it may open for one item ("make a
 * proposal" → a new one): one form at a time, the minutes kept while the proposal is written.
 */
export function MinutesEditor({ agenda, etag, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = agenda.meeting.id;
  const { minutes, reload } = useMeetingWrites();
  const { create } = useProposalWrites();
  const phenomena = usePhenomena().data ?? [];
  const proposals = useProposals().data ?? [];
  /** The item whose new proposal is being written, in place of the minutes form. */
  const [proposalFor, setProposalFor] = useState<string | null>(null);
  /** Back from the proposal form: the focus goes to that item, not to the summary. */
  const [returned, setReturned] = useState(false);

  const fieldIds = Object.fromEntries([
    ['summary', 'minutes-summary'],
    ...agendaItems(agenda).flatMap(({ key }) =>
      Object.values(NEEDS)
        .filter((f): f is keyof ItemValue => f !== null)
        .concat('note')
        .map((f) => [`item.${key}.${f}`, minutesControlId(key, f)]),
    ),
  ]) as Record<`${string}.${string}`, string>;

  const form = useSaveForm<MinutesValues>(initialMinutes(agenda), {
    fieldIds,
    validate: (v) => minutesErrors(agenda, v, t('common.required')),
    send: async (v) => {
      try {
        await minutes.mutateAsync({ id, minutes: minutesDraft(agenda, v), etag });
      } catch (error) {
        // The server numbers the lines it got; the form names them by their item.
        if (!isApiError(error) || error.fields.length + (error.field ? 1 : 0) === 0) throw error;
        const fields = errorsByItem(agenda, v, error.fieldMessages());
        throw new ApiError(error.status, {
          code: error.code as 'validation',
          message: error.message,
          fields: Object.entries(fields).map(([field, message]) => ({ field, message, code: '' })),
        });
      }
    },
    onConflict: () => reload(id),
  });
  const { values, set, clearErrors } = form;

  const setItem = (key: string, value: ItemValue) => {
    set('items', { ...values.items, [key]: value });
    clearErrors(Object.keys(form.errors).filter((k) => k.startsWith(`item.${key}.`)));
  };
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

  if (proposalFor !== null) {
    const observationId = proposalFor.startsWith('observation:')
      ? proposalFor.slice('observation:'.length)
      : null;
    const back = () => {
      setProposalFor(null);
      setReturned(true);
      focusLater(`[data-new-proposal="${CSS.escape(proposalFor)}"]`);
    };
    return (
      <ProposalForm
        headingLevel={4}
        save={async (draft) => {
          const { value } = await create.mutateAsync({
            ...draft,
            observationIds: observationId === null ? [] : [observationId],
          });
          const item = values.items[proposalFor];
          if (item) setItem(proposalFor, { ...item, proposalId: value.id });
          setProposalFor(null);
          setReturned(true);
          focusLater(`#${CSS.escape(minutesControlId(proposalFor, 'proposalId'))}`);
        }}
        onCancel={back}
      />
    );
  }

  return (
    <MinutesForm
      agenda={agenda}
      values={values}
      errors={form.errors}
      message={form.message}
      busy={form.busy}
      phenomena={phenomena}
      proposals={proposals}
      autoFocus={!returned}
      onSummary={(summary) => set('summary', summary)}
      onItem={setItem}
      onNewProposal={setProposalFor}
      onSubmit={() => {
        void form.submit().then((saved) => {
          if (saved) onSaved();
        });
      }}
      onCancel={onCancel}
    />
  );
}

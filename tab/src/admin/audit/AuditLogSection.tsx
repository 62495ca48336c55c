import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../../../src/domain/lifecycle/status';
import { Heading } from '../../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { errorText } from '../../common/error-text';
import { useLabels } from '../../common/use-labels';
import { useNarrow } from '../../common/use-narrow';
import { save } from '../../common/use-file-export';
import { formatDateTime, localized } from '../../i18n/format';
import { useSession } from '../../shell/session';
import { actionText, AUDIT_TEXTS, detailText, type AuditTexts } from './audit-texts';

/** One entry as `GET /api/admin/audit` sends it. */
type AuditEntry = {
  readonly id: string;
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly detail: string;
};
type AuditPage = { readonly items: readonly AuditEntry[]; readonly next?: string };

const PAGE = 50;
const DEFAULT_DAYS = 30;

const useStyles = makeStyles({
  range: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  date: { minWidth: '9rem', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineEnd: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  list: { listStyleType: 'none', paddingInlineStart: 0, margin: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBlockStart: tokens.spacingVerticalM,
  },
});

/** Today in the county's zone, `YYYY-MM-DD` (Swedish dates are ISO-shaped). */
function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const queryOf = (range: { from: string; to: string }, extra: Record<string, string>) =>
  new URLSearchParams({ from: range.from, to: range.to, ...extra }).toString();

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ok'; readonly items: readonly AuditEntry[]; readonly next?: string };

/**
 * The audit log for admins (issue 13): a range of days, the entries newest first (a table on
 * wide screens, a list on narrow ones), "show more" for the next page and the range as CSV.
 * Mounted by the admin view; it asks for nothing it does not show.
 */
export function AuditLogSection({
  people = new Map(),
  changes = 0,
}: {
  /** Staff names by id, for the people an entry names by id. */
  readonly people?: ReadonlyMap<string, string>;
  /** Counts the admin's saves in this view: each one loads the log again, to show it. */
  readonly changes?: number;
}) {
  const { api, config, language } = useSession();
  const { t } = useTranslation();
  const labels = useLabels();
  const texts: AuditTexts = AUDIT_TEXTS[language];
  const styles = useStyles();
  const narrow = useNarrow();
  const today = localDay(new Date(), config.timeZone);
  const [draft, setDraft] = useState({ from: daysBefore(today, DEFAULT_DAYS), to: today });
  const [range, setRange] = useState(draft);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [downloading, setDownloading] = useState(false);
  const firstNew = useRef<HTMLElement | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);

  const query = (extra: Record<string, string> = {}) => queryOf(range, extra);

  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ status: 'loading' });
    const path = `/admin/audit?${queryOf(range, { limit: String(PAGE) })}`;
    api.read<AuditPage>(path, controller.signal).then(
      (page) =>
        setLoaded({ status: 'ok', items: page.items, ...(page.next ? { next: page.next } : {}) }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, range, attempt, changes]);

  // After "show more", focus moves to the first entry it brought (not back to the top).
  useEffect(() => {
    if (focusIndex !== null) firstNew.current?.focus();
  }, [focusIndex]);

  const more = async () => {
    if (loaded.status !== 'ok' || loaded.next === undefined) return;
    setLoadingMore(true);
    try {
      const page = await api.read<AuditPage>(
        `/admin/audit?${query({ limit: String(PAGE), cursor: loaded.next })}`,
      );
      setFocusIndex(loaded.items.length);
      setLoaded({
        status: 'ok',
        items: [...loaded.items, ...page.items],
        ...(page.next ? { next: page.next } : {}),
      });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setLoadingMore(false);
    }
  };

  const download = async () => {
    setDownloading(true);
    setMessage(null);
    try {
      const { blob, fileName } = await api.file(`/admin/audit?${query({ format: 'csv' })}`);
      const name = fileName ?? `rake-lokitapahtumat-${range.from}_${range.to}.csv`;
      save(blob, name);
      setMessage({ intent: 'success', text: texts.downloaded(name) });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setDownloading(false);
    }
  };

  const badRange = draft.from !== '' && draft.to !== '' && draft.from > draft.to;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (badRange || draft.from === '' || draft.to === '') return;
    setFocusIndex(null);
    setMessage(null);
    setRange(draft);
  };

  const at = (e: AuditEntry) => formatDateTime(e.at, config.timeZone, t);
  const areaName = (id: string) =>
    localized(config.serviceAreas.find((a) => a.id === id)?.label, language) || id;
  const names = {
    area: areaName,
    person: (id: string) => people.get(id) ?? id,
    status: (code: string) =>
      (STATUSES as readonly string[]).includes(code) ? labels.status(code as Status) : code,
  };
  const targetName = (e: AuditEntry) =>
    e.targetId === null
      ? null
      : e.targetType === 'service_area'
        ? areaName(e.targetId)
        : e.targetType === 'county'
          ? localized(config.countyName, language) || e.targetId
          : e.targetType === 'staff'
            ? names.person(e.targetId)
            : e.targetId;
  const target = (e: AuditEntry) =>
    [texts.targets[e.targetType] ?? e.targetType, targetName(e)].filter(Boolean).join(': ');
  const detail = (e: AuditEntry) => detailText(texts, e, names);
  const refFor = (index: number) =>
    index === focusIndex
      ? (node: HTMLElement | null) => {
          firstNew.current = node;
        }
      : undefined;

  return (
    <section aria-labelledby="audit-log-heading">
      <Heading level={3} id="audit-log-heading">
        {texts.heading}
      </Heading>
      <Text as="p" block>
        {texts.intro}
      </Text>
      <form className={styles.range} onSubmit={submit} noValidate>
        <Field label={texts.from} className={styles.date}>
          <Input
            type="date"
            value={draft.from}
            onChange={(_, d) => setDraft({ ...draft, from: d.value })}
          />
        </Field>
        <Field
          label={texts.to}
          className={styles.date}
          validationState={badRange ? 'error' : 'none'}
          validationMessage={badRange ? texts.badRange : undefined}
        >
          <Input
            type="date"
            value={draft.to}
            onChange={(_, d) => setDraft({ ...draft, to: d.value })}
          />
        </Field>
        <Button type="submit" appearance="primary">
          {texts.show}
        </Button>
        <Button onClick={() => void download()} disabled={downloading || badRange}>
          {texts.download}
        </Button>
      </form>
      <LiveMessage message={message} polite={['success']} />
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && (
        <LoadFailed error={loaded.error} retry={() => setAttempt((n) => n + 1)} />
      )}
      {loaded.status === 'ok' && loaded.items.length === 0 && (
        <Text as="p" block>
          {texts.none}
        </Text>
      )}
      {loaded.status === 'ok' && loaded.items.length > 0 && (
        <>
          {narrow ? (
            <ul className={styles.list} aria-label={texts.listLabel}>
              {loaded.items.map((e, i) => (
                <li
                  key={e.id}
                  className={styles.item}
                  ref={refFor(i)}
                  tabIndex={i === focusIndex ? -1 : undefined}
                >
                  <Text weight="semibold">{actionText(texts, e.action)}</Text>
                  <Text size={200}>
                    {at(e)} · {e.actorName || e.actorId}
                  </Text>
                  <Text size={200}>{[target(e), detail(e)].filter(Boolean).join(' · ')}</Text>
                </li>
              ))}
            </ul>
          ) : (
            <table className={styles.table} aria-label={texts.listLabel}>
              <thead>
                <tr>
                  {[
                    texts.columns.at,
                    texts.columns.actor,
                    texts.columns.action,
                    texts.columns.target,
                    texts.columns.detail,
                  ].map((heading) => (
                    <th key={heading} scope="col" className={styles.cell}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {loaded.items.map((e, i) => (
                  <tr key={e.id} ref={refFor(i)} tabIndex={i === focusIndex ? -1 : undefined}>
                    <td className={styles.cell}>{at(e)}</td>
                    <td className={styles.cell}>{e.actorName || e.actorId}</td>
                    <td className={styles.cell}>{actionText(texts, e.action)}</td>
                    <td className={styles.cell}>{target(e)}</td>
                    <td className={styles.cell}>{detail(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className={styles.footer}>
            <Text role="status">{texts.count(loaded.items.length)}</Text>
            {loaded.next !== undefined && (
              <Button onClick={() => void more()} disabled={loadingMore}>
                {texts.more}
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

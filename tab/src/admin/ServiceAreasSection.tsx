import {
  Badge,
  Button,
  Combobox,
  Field,
  makeStyles,
  mergeClasses,
  shorthands,
  Option,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../api/types';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { errorText } from '../common/error-text';
import type { AsyncState } from '../common/use-async';
import { localized } from '../i18n/format';
import { useSession } from '../shell/session';
import { saveSupervisors, type ServiceAreaSupervision } from './admin-api';
import { ADMIN_TEXTS } from './admin-texts';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  empty: {
    ...shorthands.borderTop(
      tokens.strokeWidthThickest,
      'solid',
      tokens.colorPaletteDarkOrangeBorder2,
    ),
  },
  people: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  person: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  box: { minWidth: 0, width: '100%' },
  action: { alignSelf: 'flex-start' },
});

type Props = {
  readonly areas: AsyncState<readonly ServiceAreaSupervision[]>;
  readonly staff: AsyncState<readonly StaffMember[]>;
  readonly reload: () => void;
};

/** Every service area with its supervisors; each can be edited in place. */
export function ServiceAreasSection({ areas, staff, reload }: Props) {
  const { language } = useSession();
  const texts = ADMIN_TEXTS[language].areas;
  const styles = useStyles();
  return (
    <section aria-labelledby="admin-areas">
      <Heading level={3} id="admin-areas">
        {texts.heading}
      </Heading>
      <Text as="p" block>
        {texts.intro}
      </Text>
      {areas.status === 'loading' && <Loading />}
      {areas.status === 'error' && <LoadFailed error={areas.error} retry={reload} />}
      {areas.status === 'ok' && (
        <ul className={styles.list} aria-label={texts.listLabel}>
          {areas.value.map((area) => (
            <AreaCard
              key={area.id}
              area={area}
              staff={staff.status === 'ok' ? staff.value : []}
              onSaved={reload}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function AreaCard({
  area,
  staff,
  onSaved,
}: {
  readonly area: ServiceAreaSupervision;
  readonly staff: readonly StaffMember[];
  readonly onSaved: () => void;
}) {
  const { language } = useSession();
  const texts = ADMIN_TEXTS[language].areas;
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const label = localized(area.label, language);
  const headingId = `area-${area.id}`;
  const close = () => {
    setEditing(false);
    // Focus stays where the user is: back on the button that opened the editor.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <li
      className={mergeClasses(
        styles.card,
        area.supervisors.length === 0 && !area.retired && styles.empty,
      )}
      aria-labelledby={headingId}
      data-testid={`area-${area.id}`}
    >
      <Heading level={4} id={headingId}>
        {label}
      </Heading>
      <div className={styles.badges}>
        {area.retired && <Badge appearance="outline">{texts.retired}</Badge>}
        {area.supervisors.length === 0 && !area.retired && (
          <Badge color="warning" appearance="tint">
            {texts.noSupervisor}
          </Badge>
        )}
      </div>
      {area.supervisors.length > 0 && (
        <ul className={styles.people}>
          {area.supervisors.map((s) => (
            <li key={s.id} className={styles.person}>
              <span>{s.name}</span>
              {s.viaGroup && <Badge appearance="outline">{texts.viaGroup}</Badge>}
              {!s.botInstalled && (
                <Badge color="informative" appearance="tint">
                  {texts.noBot}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
      {area.groups.length > 0 && <Text size={200}>{texts.groups(area.groups.join(', '))}</Text>}
      {!area.assigned && <Text size={200}>{texts.bootstrap}</Text>}
      {editing ? (
        <AreaEditor
          area={area}
          label={label}
          staff={staff}
          onCancel={close}
          onSaved={(text) => {
            setMessage({ intent: 'success', text });
            close();
            onSaved();
          }}
        />
      ) : (
        <Button
          ref={editButton}
          className={styles.action}
          aria-expanded={false}
          onClick={() => {
            setMessage(null);
            setEditing(true);
          }}
        >
          {texts.edit(label)}
        </Button>
      )}
      <LiveMessage message={message} polite={['success']} />
    </li>
  );
}

const fold = (text: string) => text.toLocaleLowerCase('fi');
const groupIdsOf = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function AreaEditor({
  area,
  label,
  staff,
  onCancel,
  onSaved,
}: {
  readonly area: ServiceAreaSupervision;
  readonly label: string;
  readonly staff: readonly StaffMember[];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}) {
  const { api, language } = useSession();
  const { t } = useTranslation();
  const texts = ADMIN_TEXTS[language].areas;
  const styles = useStyles();
  const assigned = area.supervisors.filter((s) => !s.viaGroup).map((s) => s.id);
  const [chosen, setChosen] = useState<string[]>(assigned);
  const [groups, setGroups] = useState(area.groups.join('\n'));
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<LiveMessageValue | null>(null);
  // Someone the directory no longer lists is still shown as chosen until removed.
  const known = new Map(staff.map((s) => [s.id, s.name]));
  for (const s of area.supervisors) if (!known.has(s.id)) known.set(s.id, s.name);
  const query = fold(typed.trim());
  const shown = [...known.entries()]
    .filter(([id, name]) => query === '' || chosen.includes(id) || fold(name).includes(query))
    .slice(0, 50);
  const pickerId = `supervisors-${area.id}`;
  const groupsId = `groups-${area.id}`;
  // The button that opened the editor is gone: the focus moves on to the editor's first field.
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => {
    picker.current?.focus();
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await saveSupervisors(api, area.id, { staffIds: chosen, groupIds: groupIdsOf(groups) });
      onSaved(texts.saved(label));
    } catch (error) {
      setFailure({ intent: 'error', text: errorText(error, t) });
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void save(e)} aria-label={texts.edit(label)}>
      <Field
        label={{ children: texts.supervisors, htmlFor: pickerId }}
        hint={`${texts.supervisorsHint} ${chosen.map((id) => known.get(id) ?? id).join('; ')}`}
      >
        <Combobox
          id={pickerId}
          ref={picker}
          className={styles.box}
          expandIcon={{ 'aria-label': texts.openList }}
          multiselect
          freeform
          value={typed}
          selectedOptions={chosen}
          onChange={(e) => setTyped(e.target.value)}
          onOptionSelect={(_, d) => {
            setChosen(d.selectedOptions);
            setTyped('');
          }}
        >
          {shown.map(([id, name]) => (
            <Option key={id} value={id} text={name}>
              {name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={{ children: texts.groupIds, htmlFor: groupsId }} hint={texts.groupIdsHint}>
        <Textarea
          id={groupsId}
          value={groups}
          resize="vertical"
          onChange={(_, d) => setGroups(d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {busy ? texts.saving : texts.save}
        </Button>
        <Button onClick={onCancel}>{texts.cancel}</Button>
      </div>
      <LiveMessage message={failure} polite={[]} />
    </form>
  );
}

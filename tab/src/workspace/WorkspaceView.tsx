import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WithQueries } from '../api/WithQueries';
import type { Me } from '../api/types';
import { storage } from '../common/storage';
import { ViewHeading } from '../common/ViewHeading';
import { useSession } from '../shell/session';
import { Tab, TabList } from '../shell/Tabs';
import { dropUrlParam, urlParam } from '../shell/url-params';
import {
  canSeeCompilations,
  canSeeMeetings,
  canSeeReports,
  canWriteWorkspace,
  hasWorkspaceView,
  landsOnReports,
} from './access';
import { CompilationsView } from './compilations/CompilationsView';
import { EnrichmentsView } from './enrichments/EnrichmentsView';
import { IndicatorsView } from './indicators/IndicatorsView';
import { MeetingsView } from './meetings/MeetingsView';
import { PhenomenaView } from './PhenomenaView';
import { ProposalsView } from './ProposalsView';
import { ReportsView } from './reports/ReportsView';
import { SECTIONS, WorkspaceNavContext, type OpenRequest, type Section } from './workspace-nav';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  tabs: { flexWrap: 'wrap' },
});

const SECTION_KEY = 'rake.workspaceSection';

/**
 * The sections this user has: meetings are the RAKE group's, compilations also supervisors',
 * reports and indicators every reader's. An editor's come first: publishing is their work here.
 */
const sectionsOf = (me: Me): readonly Section[] => {
  const own = SECTIONS.filter(
    (s) =>
      (s === 'enrichments' || hasWorkspaceView(me)) &&
      (s !== 'meetings' || canSeeMeetings(me)) &&
      (s !== 'compilations' || canSeeCompilations(me)) &&
      ((s !== 'reports' && s !== 'indicators') || canSeeReports(me)),
  );
  const first: readonly Section[] = ['reports', 'indicators'];
  return landsOnReports(me)
    ? [...first.filter((s) => own.includes(s)), ...own.filter((s) => !first.includes(s))]
    : own;
};

type Target = { readonly section: Section; readonly request: OpenRequest };

/** The sections a link may open an item of, by its parameter (`?meeting=`, `?report=`). */
const LINKED = [
  ['meeting', 'meetings'],
  ['report', 'reports'],
] as const;

/** Where the view opens: a deep-linked agenda or report, else the last section. */
function initialTarget(sections: readonly Section[]): { section: Section; target: Target | null } {
  for (const [param, section] of LINKED) {
    const id = urlParam(param);
    if (id && sections.includes(section)) {
      return { section, target: { section, request: { id, seq: 0 } } };
    }
  }
  const kept = storage.get(SECTION_KEY);
  return {
    section: sections.find((s) => s === kept) ?? sections[0] ?? 'enrichments',
    target: null,
  };
}

/** "Työryhmä": the RAKE working group's phenomena, proposals, meetings, compilations, requests. */
export function WorkspaceView() {
  return (
    <WithQueries>
      <WorkingGroup />
    </WithQueries>
  );
}

function WorkingGroup() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me } = useSession();
  const canWrite = canWriteWorkspace(me);
  const sections = useMemo(() => sectionsOf(me), [me]);
  const [start] = useState(() => initialTarget(sections));
  const [section, setSection] = useState<Section>(start.section);
  const [target, setTarget] = useState<Target | null>(start.target);
  // The link has done its work once the view opens: a later visit opens the last section.
  useEffect(() => {
    const linked = LINKED.filter(([param]) => urlParam(param) !== null);
    if (linked.length === 0) return;
    for (const [param] of linked) dropUrlParam(param);
    if (start.target) storage.set(SECTION_KEY, start.section);
  }, [start]);
  const choose = (next: Section) => {
    storage.set(SECTION_KEY, next);
    setSection(next);
    setTarget(null);
  };
  const nav = useMemo(
    () => ({
      has: (s: Section) => sections.includes(s),
      open: (s: Section, id: string) => {
        storage.set(SECTION_KEY, s);
        setSection(s);
        setTarget((old) => ({ section: s, request: { id, seq: (old?.request.seq ?? 0) + 1 } }));
      },
    }),
    [sections],
  );
  const requestFor = (s: Section) => (target?.section === s ? target.request : null);

  return (
    <div className={styles.root}>
      <div>
        <ViewHeading>{t('workspace.heading')}</ViewHeading>
        <Text as="p" block>
          {t('workspace.intro')}
        </Text>
        {!canWrite && (
          <Text as="p" block data-testid="workspace-read-only">
            {landsOnReports(me) ? t('workspace.readOnlyEditor') : t('workspace.readOnly')}
          </Text>
        )}
      </div>
      <TabList
        className={styles.tabs}
        aria-label={t('workspace.sections')}
        selectedValue={section}
        onTabSelect={(_, d) => choose(d.value as Section)}
      >
        {sections.map((s) => (
          <Tab
            key={s}
            id={`ws-tab-${s}`}
            value={s}
            aria-controls={section === s ? `ws-panel-${s}` : undefined}
          >
            {t(`workspace.${s}.tab`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`ws-panel-${section}`} aria-labelledby={`ws-tab-${section}`}>
        <WorkspaceNavContext.Provider value={nav}>
          {section === 'phenomena' && (
            <PhenomenaView canWrite={canWrite} request={requestFor('phenomena')} />
          )}
          {section === 'proposals' && (
            <ProposalsView canWrite={canWrite} request={requestFor('proposals')} />
          )}
          {section === 'meetings' && <MeetingsView request={requestFor('meetings')} />}
          {section === 'compilations' && <CompilationsView request={requestFor('compilations')} />}
          {section === 'enrichments' && <EnrichmentsView request={requestFor('enrichments')} />}
          {section === 'reports' && <ReportsView request={requestFor('reports')} />}
          {section === 'indicators' && <IndicatorsView />}
        </WorkspaceNavContext.Provider>
      </div>
    </div>
  );
}

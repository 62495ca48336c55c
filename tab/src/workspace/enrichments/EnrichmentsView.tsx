import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shell/session';
import { canWriteWorkspace } from '../access';
import { SplitSection } from '../SplitSection';
import type { OpenRequest } from '../workspace-nav';
import { EnrichmentDetail } from './EnrichmentDetail';
import { EnrichmentList } from './EnrichmentList';
import { useEnrichments } from './use-enrichments';

/** "Rikastamispyynnöt": the requests the user sees (the RAKE group all, supervisors their areas'). */
export function EnrichmentsView({ request }: { readonly request: OpenRequest | null }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const list = useEnrichments();

  // Requests are made from a compilation or the minutes, never here: no "new" button.
  return (
    <SplitSection
      name="enrichments"
      heading={t('workspace.enrichments.listHeading')}
      subtitle={
        canWriteWorkspace(me)
          ? t('workspace.enrichments.introRake')
          : t('workspace.enrichments.introAsked')
      }
      list={list}
      empty={<Text as="p">{t('workspace.enrichments.empty')}</Text>}
      renderList={(items, { selectedId, open }) => (
        <EnrichmentList items={items} selectedId={selectedId} onOpen={open} />
      )}
      renderItem={({ id, focus }) => <EnrichmentDetail id={id} focus={focus} />}
      pick={<Text as="p">{t('workspace.enrichments.pick')}</Text>}
      request={request}
    />
  );
}

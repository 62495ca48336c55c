import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shell/session';
import { canWriteWorkspace, compilableAreas } from '../access';
import { SplitSection } from '../SplitSection';
import type { OpenRequest } from '../workspace-nav';
import { CompilationDetail } from './CompilationDetail';
import { CompilationForm } from './CompilationForm';
import { CompilationList } from './CompilationList';
import { useCompilations, useCreateCompilation } from './use-compilations';

/**
 * "Koosteet": the compilations, one of them, or a new one. A compilation is a report: it
 * takes the whole width, and the list comes back with "back" (on every screen).
 */
export function CompilationsView({ request }: { readonly request: OpenRequest | null }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const areas = compilableAreas(me);
  const canCompile = areas === null || areas.length > 0;
  const list = useCompilations();
  const create = useCreateCompilation();

  return (
    <SplitSection
      name="compilations"
      heading={t('workspace.compilations.heading')}
      newLabel={canCompile ? t('workspace.compilations.new') : undefined}
      intro={t('workspace.compilations.intro')}
      list={list}
      empty={<Text as="p">{t('workspace.compilations.none')}</Text>}
      renderList={(items, { open }) => <CompilationList items={items} onOpen={open} />}
      renderNew={({ created, cancel }) => (
        <CompilationForm
          save={async (req) => {
            const { value } = await create.mutateAsync(req);
            created(value.id);
          }}
          onCancel={cancel}
        />
      )}
      renderItem={({ id, focus }) => (
        <CompilationDetail id={id} focus={focus} canRequest={canWriteWorkspace(me)} />
      )}
      request={request}
      oneAtATime
    />
  );
}

import type { Compilation } from '../../domain/compilation/compilation';
import { localDays } from '../../domain/export/local-days';
import { neutraliseCell } from '../../domain/export/neutralise-cell';
import type { Actor } from '../../domain/policy/actor';
import type { Choice, Locale } from '../../domain/shared/localized-text';
import { ok, type Result } from '../../domain/shared/result';
import { CATALOGUES, EXPORT_HEADINGS } from '../../i18n';
import type { AppDeps } from '../app-deps';
import type { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { getCompilation } from '../compilations';
import type { ExportColumn, ExportRow } from './export-columns';
import { EXPORT_PAGE_SIZE, type ExportTable } from './export-board';

export type CompilationExport = ExportTable & { readonly compilation: Compilation };

/**
 * A compilation's observations as a table, as frozen in it (no reporter: a compilation keeps
 * none): filing day, status, kind, the county's lists by label, the beginning of the
 * description and the phenomena it was linked to. Same visibility as the compilation.
 */
export async function exportCompilation(
  deps: Pick<AppDeps, 'compilations' | 'enrichments' | 'county' | 'audit' | 'clock'>,
  actor: Actor,
  id: string,
  locale: Locale,
  format = 'file',
): Promise<Result<CompilationExport, AppError>> {
  const found = await getCompilation(deps, actor, id);
  if (!found.ok) return found;
  const compilation = found.value;
  await recordAudit(deps, actor, {
    action: 'export',
    targetType: 'compilation',
    targetId: id,
    detail: `${format}, ${compilation.observations.length} rows`,
  });
  const catalogue = CATALOGUES[locale];
  const headings = EXPORT_HEADINGS[locale];
  const field = catalogue.fields;
  const labels = (choices: readonly Choice[]) =>
    new Map(choices.map((choice) => [choice.id, choice.label[locale]]));
  const { county } = deps;
  const lists = {
    status: new Map(Object.entries(catalogue.statuses)),
    kind: new Map(Object.entries(catalogue.kinds)),
    serviceArea: labels(county.serviceAreas),
    municipality: labels(county.municipalities),
    topic: labels(county.topics),
    targetGroup: labels(county.targetGroups),
  };
  const titles = new Map(compilation.phenomena.map((p) => [p.id, p.title]));
  const dayOf = localDays(county.timeZone);
  const cell = (text: string) => neutraliseCell(text);
  const pick = (list: ReadonlyMap<string, string>, value: string) => cell(list.get(value) ?? value);
  const columns: ExportColumn[] = [
    { heading: cell(headings.id), kind: 'id' },
    { heading: cell(headings.filedOn), kind: 'date' },
    { heading: cell(field.status), kind: 'label' },
    { heading: cell(field.kind), kind: 'label' },
    { heading: cell(field.serviceArea), kind: 'label' },
    { heading: cell(field.municipality), kind: 'label' },
    { heading: cell(field.topic), kind: 'label' },
    { heading: cell(field.targetGroup), kind: 'label' },
    { heading: cell(headings.excerpt), kind: 'text' },
    { heading: cell(headings.phenomena), kind: 'text' },
  ];
  const rows: ExportRow[] = compilation.observations.map((o) => [
    cell(o.id),
    dayOf(o.createdAt),
    pick(lists.status, o.status),
    pick(lists.kind, o.kind),
    pick(lists.serviceArea, o.serviceArea),
    pick(lists.municipality, o.municipality),
    pick(lists.topic, o.topic),
    pick(lists.targetGroup, o.targetGroup),
    cell(o.excerpt),
    cell(o.phenomenonIds.map((p) => titles.get(p) ?? p).join('; ')),
  ]);
  async function* pages(): AsyncGenerator<readonly ExportRow[]> {
    for (let start = 0; start < rows.length; start += EXPORT_PAGE_SIZE) {
      yield rows.slice(start, start + EXPORT_PAGE_SIZE);
    }
  }
  return ok({ columns, sheetName: headings.sheet, pages: pages(), compilation });
}

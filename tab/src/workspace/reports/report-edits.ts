import type { FieldErrors } from '../use-save-form';
import type { Report, ReportPatch, ReportSection } from './reports-api';

export type ReportText = {
  readonly title: string;
  readonly introduction: string;
  readonly sections: readonly ReportSection[];
};

export const textOf = (r: Report): ReportText => ({
  title: r.title,
  introduction: r.introduction,
  sections: r.sections,
});

const sameSection = (a: ReportSection | undefined, b: ReportSection | undefined) =>
  a?.heading === b?.heading && a?.text === b?.text;

const byKey = (sections: readonly ReportSection[], key: string) =>
  sections.find((s) => s.key === key);

/**
 * What the writer changed since `base` (what they started from), laid over `current` (the
 * report as saved now): a field they left alone is not sent, so that another member's edit
 * of it, made meanwhile, is kept rather than written over with the old text.
 */
export function patchOf(base: ReportText, edited: ReportText, current: ReportText): ReportPatch {
  const touched = edited.sections.filter((s) => !sameSection(s, byKey(base.sections, s.key)));
  return {
    ...(edited.title.trim() !== base.title ? { title: edited.title.trim() } : {}),
    ...(edited.introduction !== base.introduction ? { introduction: edited.introduction } : {}),
    ...(touched.length > 0
      ? {
          sections: current.sections.map((s) => touched.find((mine) => mine.key === s.key) ?? s),
        }
      : {}),
  };
}

/**
 * After someone else saved: the fields the writer left alone take the new text, those they
 * changed keep theirs (never lost).
 */
export function rebase(base: ReportText, edited: ReportText, fresh: ReportText): ReportText {
  return {
    title: edited.title === base.title ? fresh.title : edited.title,
    introduction:
      edited.introduction === base.introduction ? fresh.introduction : edited.introduction,
    sections: fresh.sections.map((s) => {
      const mine = byKey(edited.sections, s.key);
      return mine && !sameSection(mine, byKey(base.sections, s.key)) ? mine : s;
    }),
  };
}

/**
 * A section field's error, however the server names the field: by position
 * (`sections.0.text`, `sections[0].text`) or by the section's key (`sections.<key>.text`).
 */
export function sectionError(
  errors: FieldErrors,
  index: number,
  key: string,
  part: 'heading' | 'text',
): string | undefined {
  return (
    errors[`sections.${index}.${part}`] ??
    errors[`sections[${index}].${part}`] ??
    errors[`sections.${key}.${part}`]
  );
}

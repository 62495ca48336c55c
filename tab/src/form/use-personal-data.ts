import { useDeferredValue, useMemo } from 'react';
import { checkPersonalData } from '../../../src/domain/personal-data/personal-data-guard';
import type { PersonalDataWarningKind } from '../../../src/domain/personal-data/personal-data-finding';
import type { Draft, TextField } from './draft';

export type LiveFindings = {
  /** Fields holding a personal identity code: the form may not be sent. */
  readonly refused: ReadonlySet<string>;
  /** Likely personal data per field: the reporter must confirm they checked the text. */
  readonly warnings: ReadonlyMap<string, readonly PersonalDataWarningKind[]>;
};

/** The same guard the server runs, while typing (deferred so typing stays smooth). */
export function usePersonalData(draft: Pick<Draft, TextField>): LiveFindings {
  const description = useDeferredValue(draft.description);
  const solutionProposal = useDeferredValue(draft.solutionProposal);
  return useMemo(() => {
    const findings = checkPersonalData({ description, solutionProposal });
    const warnings = new Map<string, PersonalDataWarningKind[]>();
    for (const w of findings.warnings) {
      const list = warnings.get(w.field) ?? [];
      if (!list.includes(w.kind)) list.push(w.kind);
      warnings.set(w.field, list);
    }
    return { refused: new Set(findings.refusals.map((r) => r.field)), warnings };
  }, [description, solutionProposal]);
}

/**
 * Which observations a board shows. A supervisor sees their service areas and the
 * observations that name them; the RAKE roles see the whole county.
 */
export type BoardScope =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'supervisor';
      readonly supervisorId: string;
      readonly serviceAreas: readonly string[];
    };

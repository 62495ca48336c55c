import { createContext, useContext, useEffect, useRef } from 'react';

export const SECTIONS = [
  'phenomena',
  'proposals',
  'meetings',
  'compilations',
  'enrichments',
  'reports',
  'indicators',
] as const;
export type Section = (typeof SECTIONS)[number];

/** One request to open an item of a section; a new one (seq) each time, even for the same id. */
export type OpenRequest = { readonly id: string; readonly seq: number };

type WorkspaceNav = {
  /** Whether the user has this section at all (a supervisor has no meetings). */
  readonly has: (section: Section) => boolean;
  /** Shows the section with the item open (an agenda's enrichment request, a compilation …). */
  readonly open: (section: Section, id: string) => void;
};

export const WorkspaceNavContext = createContext<WorkspaceNav>({
  has: () => false,
  open: () => undefined,
});

export const useWorkspaceNav = (): WorkspaceNav => useContext(WorkspaceNavContext);

/** Opens the requested item in a section's pane when asked (with the focus on its heading). */
export function useOpenRequest(request: OpenRequest | null, open: (id: string) => void): void {
  // Only a new request opens: `open` itself changes as the pane does.
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    if (request !== null) latest.current(request.id);
  }, [request]);
}

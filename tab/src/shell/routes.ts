/** `configure` is the channel tab's configuration page, outside the signed-in workspace. */
export const ROUTES = [
  'new',
  'mine',
  'board',
  'workspace',
  'deliveries',
  'admin',
  'configure',
] as const;
export type Route = (typeof ROUTES)[number];

/** A one-line title for an observation: the start of its description. */
export function observationTitle(description: string, max = 90): string {
  const line = description.trim().split(/\r?\n/)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

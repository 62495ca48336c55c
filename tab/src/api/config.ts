import { MAX_TEXT_LENGTH } from '../../../src/domain/observation/limits';
import type { Choice, LocalizedText, PeriodView, TabConfig } from './types';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;

function text(v: unknown): LocalizedText | null {
  if (typeof v === 'string') return { fi: v, sv: v, en: v };
  if (isObject(v) && typeof v.fi === 'string') {
    const fi = v.fi;
    return {
      fi,
      sv: typeof v.sv === 'string' ? v.sv : fi,
      en: typeof v.en === 'string' ? v.en : fi,
    };
  }
  return null;
}

/** A county list: `{ id, label }` entries; plain strings are accepted as ids. */
function choices(v: unknown): Choice[] {
  if (!Array.isArray(v)) return [];
  const out: Choice[] = [];
  for (const item of v) {
    if (typeof item === 'string') out.push({ id: item, label: { fi: item, sv: item, en: item } });
    else if (isObject(item) && typeof item.id === 'string') {
      out.push({
        id: item.id,
        label: text(item.label) ?? { fi: item.id, sv: item.id, en: item.id },
        // Retired: still labels old observations, never offered for a new one.
        ...(item.retired === true ? { retired: true } : {}),
      });
    }
  }
  return out;
}

/** Labels the server sent for a fixed list (statuses); plain ids carry none. */
function labels(v: unknown): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  if (!Array.isArray(v)) return out;
  for (const item of v) {
    if (isObject(item) && typeof item.id === 'string') {
      const label = text(item.label);
      if (label) out[item.id] = label;
    }
  }
  return out;
}

function periods(v: unknown): PeriodView[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((p) => {
    if (typeof p === 'string') return [{ id: p, start: '', end: '' }];
    if (isObject(p) && typeof p.id === 'string') {
      return [
        {
          id: p.id,
          start: typeof p.start === 'string' ? p.start : '',
          end: typeof p.end === 'string' ? p.end : '',
        },
      ];
    }
    return [];
  });
}

function periodId(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v.id === 'string') return v.id;
  return null;
}

/** Reads GET /api/config defensively, so that the tab survives additive changes. */
export function normaliseConfig(raw: unknown): TabConfig {
  const c: Loose = isObject(raw) ? raw : {};
  const county: Loose = isObject(c.county) ? c.county : {};
  const limits: Loose = isObject(c.limits) ? c.limits : {};
  const ps = periods(c.periods);
  return {
    countyName: text(county.name) ?? { fi: 'RAKE', sv: 'RAKE', en: 'RAKE' },
    serviceAreas: choices(c.serviceAreas),
    municipalities: choices(c.municipalities),
    topics: choices(c.topics),
    targetGroups: choices(c.targetGroups),
    periods: ps,
    currentPeriod: periodId(c.currentPeriod) ?? ps[0]?.id ?? null,
    supervisorNamedByReporter: c.supervisorNamedByReporter === true,
    statusLabels: labels(c.statuses),
    returnReasons: choices(c.returnReasons),
    textLimit: typeof limits.text === 'number' ? limits.text : MAX_TEXT_LENGTH,
    timeZone: typeof c.timeZone === 'string' ? c.timeZone : 'Europe/Helsinki',
  };
}

import { fmt } from './stats';

/** One of the issues' goals as measured in this run. */
export type Goal = {
  readonly name: string;
  readonly measured: string;
  readonly target: string;
  readonly met: boolean;
};

/** A goal met when `value` is at most `limit` (a ratio with unit '×', a time with ' ms'). */
export function atMost(name: string, value: number, limit: number, unit: string): Goal {
  const digits = unit === '×' ? 2 : unit === '' ? 0 : 1;
  return {
    name,
    measured: `${fmt(value, digits)}${unit}`,
    target: `≤ ${fmt(limit, digits)}${unit}`,
    met: Number.isFinite(value) && value <= limit,
  };
}

export function printGoals(goals: readonly Goal[]): void {
  if (goals.length === 0) return;
  console.log('Goals (issues 10, 11 and 12)');
  const width = Math.max(...goals.map((goal) => goal.name.length));
  for (const goal of goals) {
    console.log(
      `  ${goal.met ? 'met    ' : 'NOT MET'}  ${goal.name.padEnd(width)}  ${goal.measured} (goal ${goal.target})`,
    );
  }
  const met = goals.filter((goal) => goal.met).length;
  console.log(`  ${met} of ${goals.length} met`);
}

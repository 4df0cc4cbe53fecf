/**
 * WeChat / Tencent SCF timer expressions: 7 fields, `sec min hour day month week year`, evaluated in
 * China time (UTC+8, no daylight saving) like the cloud's timer triggers.
 * Each field accepts `*`, `?`, numbers, ranges `a-b`, lists `a,b`, steps `*\/n`, `a/n`, `a-b/n`,
 * and the names JAN-DEC / SUN-SAT. Week days are 0-7 (0 and 7 are Sunday).
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

interface FieldSpec {
  min: number;
  max: number;
  names?: string[];
  nameBase?: number;
}

const SPECS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { min: 0, max: 7, names: DAYS, nameBase: 0 },
  { min: 1970, max: 2199 },
];

export class CronSyntaxError extends Error {}

function parseValue(token: string, spec: FieldSpec): number {
  const upper = token.toUpperCase();
  const named = spec.names?.indexOf(upper) ?? -1;
  const value = named >= 0 ? named + (spec.nameBase ?? 0) : Number(token);
  if (!Number.isInteger(value) || value < spec.min || value > spec.max) throw new CronSyntaxError(`invalid value ${token}`);
  return value;
}

/** The set of allowed values of one field, or null for "any". */
function parseField(text: string, spec: FieldSpec): Set<number> | null {
  if (text === '*' || text === '?') return null;
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step <= 0) throw new CronSyntaxError(`invalid step in ${part}`);
    let from: number;
    let to: number;
    if (range === '*' || range === '?') {
      from = spec.min;
      to = spec.max;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      from = parseValue(a, spec);
      to = parseValue(b, spec);
    } else {
      from = parseValue(range, spec);
      to = stepText === undefined ? from : spec.max;
    }
    if (from > to) throw new CronSyntaxError(`invalid range ${range}`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export interface CronExpression {
  matches(date: Date): boolean;
}

export function parseCron(expression: string): CronExpression {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 7) throw new CronSyntaxError(`expected 7 fields (sec min hour day month week year), got ${fields.length}`);
  const sets = fields.map((field, index) => parseField(field, SPECS[index]));
  const week = sets[5];
  if (week?.has(7)) week.add(0);
  return {
    matches(date: Date): boolean {
      const china = new Date(date.getTime() + CHINA_OFFSET_MS);
      const parts = [
        china.getUTCSeconds(),
        china.getUTCMinutes(),
        china.getUTCHours(),
        china.getUTCDate(),
        china.getUTCMonth() + 1,
        china.getUTCDay(),
        china.getUTCFullYear(),
      ];
      const ok = (index: number): boolean => sets[index] === null || (sets[index]?.has(parts[index]) ?? false);
      const dayRestricted = sets[3] !== null;
      const weekRestricted = sets[5] !== null;
      const dayOk = dayRestricted && weekRestricted ? ok(3) || ok(5) : ok(3) && ok(5);
      return ok(0) && ok(1) && ok(2) && ok(4) && ok(6) && dayOk;
    },
  };
}

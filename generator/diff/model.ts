// The vocabulary of the change report: levels, rules, changes, and how a report is summed up.

/** What a change means to the callers of the generated client, in semver terms. */
export type Level = 'major' | 'minor' | 'patch';
export type ReportLevel = Level | 'none';

export const LEVELS: readonly ReportLevel[] = ['none', 'patch', 'minor', 'major'];

export function levelRank(level: ReportLevel): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(levels: Iterable<ReportLevel>): ReportLevel {
  let max: ReportLevel = 'none';
  for (const level of levels) if (levelRank(level) > levelRank(max)) max = level;
  return max;
}

/** One named rule: one kind of change, one level. */
export interface Rule {
  kind: string;
  level: Level;
  /** Why it has that level, for the README's table. */
  why: string;
  /**
   * Whether the compiler check (old input assignable to new, new output assignable to old, no
   * property lost, the method still there) sees a break of this kind. Major rules only.
   */
  compilerSees?: boolean;
}

export interface Change {
  level: Level;
  kind: string;
  operationId?: string;
  /** Where it changed: a JSON pointer into the bundled head document (the base one for removals). */
  pointer: string;
  message: string;
}

/** A change as the engine finds it: also whether this instance is visible to the compiler check. */
export interface FoundChange extends Change {
  compilerSees: boolean;
}

export interface Report {
  level: ReportLevel;
  changes: Change[];
}

export function defineRules<const T extends Record<string, Omit<Rule, 'kind'>>>(rules: T): { [K in keyof T]: Rule } {
  return Object.fromEntries(Object.entries(rules).map(([kind, rule]) => [kind, { kind, ...rule }])) as { [K in keyof T]: Rule };
}

/** A change of `rule` found at `pointer`; `compilerSees` overrides the rule's default for this instance. */
export function change(rule: Rule, pointer: string, message: string, compilerSees?: boolean): FoundChange {
  return {
    level: rule.level,
    kind: rule.kind,
    pointer,
    message,
    compilerSees: rule.level === 'major' && (compilerSees ?? rule.compilerSees ?? false),
  };
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>((pointer, token) => `${pointer}/${escapePointer(String(token))}`, base);
}

/** `a`, `a and b`, `a, b and c`: for messages. */
export function list(items: readonly unknown[]): string {
  const shown = items.map((item) => `\`${typeof item === 'string' ? item : JSON.stringify(item)}\``);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

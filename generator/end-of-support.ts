// `x-end-of-support: { date, note }` on a deprecated operation: the day its service stopped
// supporting it and a short note for callers. The client's JSDoc and the docs show both.
import { SpecError } from './errors.js';
import type { OperationModel } from './operations.js';

export const END_OF_SUPPORT = 'x-end-of-support';

export interface EndOfSupport {
  /** YYYY-MM-DD */
  date: string;
  note: string;
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The operation's end of support, refused with its pointer when malformed or on an operation not deprecated. */
export function endOfSupport(operation: OperationModel): EndOfSupport | undefined {
  const value = operation.operation[END_OF_SUPPORT];
  if (value === undefined) return undefined;
  const where = `${operation.pointer}/${END_OF_SUPPORT}`;
  const { date, note } = (typeof value === 'object' && value !== null ? value : {}) as { date?: unknown; note?: unknown };
  if (!isDate(date) || typeof note !== 'string' || note.trim() === '') throw new SpecError([`${where}: expected { date: YYYY-MM-DD, note: text }`]);
  if (operation.operation.deprecated !== true) throw new SpecError([`${where}: the operation is not \`deprecated: true\``]);
  return { date, note: note.trim().replace(/\s*\n\s*/g, ' ') };
}

/** What follows `@deprecated` in the client's JSDoc: the date and the note, when the spec gives them. */
export function deprecationNote(operation: OperationModel): string | undefined {
  const end = endOfSupport(operation);
  return end && `End of support on ${end.date}: ${end.note}`;
}

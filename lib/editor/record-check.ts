/**
 * The rule of the editor's "record a check" step that no single file can show, because it is
 * about a change: a phone number that changed needs where the new number is published (a new
 * source) or a note of the call that gave it. content:check sees only the file as it is now;
 * the editor sees the file before and after, so it holds the volunteer to this before saving.
 */
import { parsePhone } from '../phone';

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (data: unknown, key: string): Data[] => (isRecord(data) && Array.isArray(data[key]) ? data[key].filter(isRecord) : []);

/** A phone as it is dialled, so "(312) 660-1370" and "312-660-1370" are one number. */
function dialled(phone: Data): string {
  if (typeof phone.number === 'string') return parsePhone(phone.number)?.e164 ?? phone.number.trim();
  return typeof phone.dial === 'string' ? phone.dial : '';
}

/** Numbers the contact has now that it did not have before (a removed number needs no source). */
export function newNumbers(before: unknown, after: unknown): string[] {
  const known = new Set(listOf(before, 'phones').map(dialled));
  return listOf(after, 'phones')
    .map(dialled)
    .filter((number) => number !== '' && !known.has(number));
}

const sameSource = (a: Data, b: Data) => a.url === b.url && a.retrieved === b.retrieved && a.says === b.says;

/** What is missing when a number changed without a new source or a note of the call; null when nothing is. */
export function changedNumberProblem(before: unknown, after: unknown): string | null {
  if (newNumbers(before, after).length === 0) return null;
  const earlier = listOf(before, 'sources');
  const addedSource = listOf(after, 'sources').some((source) => !earlier.some((old) => sameSource(old, source)));
  const verification = isRecord(after) && isRecord(after.verification) ? after.verification : {};
  const note = typeof verification.call_note === 'string' && verification.call_note.trim() !== '';
  if (addedSource || note) return null;
  return 'A phone number changed: add where the new number is published under Sources (its web address, the date you read it and the exact line), or write what you heard on the call in “Note of the call”.';
}

/** Today on the volunteer's own calendar (the day they called), as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

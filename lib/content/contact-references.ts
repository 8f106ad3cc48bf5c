/**
 * A rights topic names a contact's opening hours as `{hours:<contact-id>}` instead of writing
 * them out: the hours have one owner, the contact file, so a volunteer who records new hours
 * changes every topic and every language at once.
 */
const HOURS_REFERENCE = /\{hours:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The contact ids a body refers to for their hours, in order, with the line each is on. */
export function hoursReferences(body: string): { id: string; line: number }[] {
  return [...body.matchAll(HOURS_REFERENCE)].map((match) => ({
    id: match[1],
    line: body.slice(0, match.index).split('\n').length,
  }));
}

/** The body with each reference replaced by the words `describe` gives for that contact. */
export function expandHoursReferences(body: string, describe: (contactId: string) => string): string {
  return body.replace(HOURS_REFERENCE, (_, id: string) => describe(id));
}

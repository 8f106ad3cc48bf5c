/** The volunteers' call sheet: every contact that needs a phone call, oldest check first. */
import type { ContactEntry, Content, TopicEntry } from './content';
import { type VerificationState, verificationState } from './content/verification';
import { englishPhoneForms, phoneLine, phoneLinks } from './contact-display';

type CallSheetRow = { id: string; name: string; region: string; numbers: string; lastChecked: string; state: string; source: string; file: string };

export function callSheet(content: Content, today?: string): CallSheetRow[] {
  return content.contacts
    .map((contact) => ({ contact, state: verificationState(contact, today) }))
    .filter(({ state }) => state !== 'verified')
    .sort(
      (a, b) => (a.contact.verification.checked_on ?? '').localeCompare(b.contact.verification.checked_on ?? '') || a.contact.id.localeCompare(b.contact.id),
    )
    .map(({ contact, state }) => callSheetRow(contact, state));
}

/** One contact as the call sheet shows it; the editor shows the same before a volunteer records a call. */
export function callSheetRow(
  contact: Pick<ContactEntry, 'id' | 'name' | 'region' | 'phones' | 'verification' | 'sources' | 'file'>,
  state: VerificationState,
): CallSheetRow {
  return {
    id: contact.id,
    name: contact.name,
    region: contact.region,
    numbers:
      phoneLinks(contact)
        .map((phone) => `${phoneLine(phone, englishPhoneForms)} (${phone.label})`)
        .join('; ') || '(no phone: check the website)',
    lastChecked: contact.verification.checked_on ?? 'never',
    state: state === 'due' ? 'due for re-checking' : state === 'verified' ? 'checked' : 'never checked',
    source: contact.sources[0]?.url ?? '',
    file: contact.file,
  };
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function callSheetCsv(rows: CallSheetRow[]): string {
  const header: (keyof CallSheetRow)[] = ['id', 'name', 'region', 'numbers', 'lastChecked', 'state', 'source', 'file'];
  return [header.join(','), ...rows.map((row) => header.map((key) => csvCell(row[key])).join(','))].join('\n') + '\n';
}

export function callSheetText(rows: CallSheetRow[]): string {
  if (rows.length === 0) return 'Every contact was checked within the re-check period. Nothing to call.\n';
  return (
    rows
      .map((row, index) =>
        [
          `${index + 1}. ${row.name}  [${row.region}]`,
          `   Call: ${row.numbers}`,
          `   Last checked: ${row.lastChecked} (${row.state})`,
          `   Source: ${row.source}`,
          `   File: ${row.file}`,
        ].join('\n'),
      )
      .join('\n\n') + `\n\n${rows.length} contact(s) to check. After a call, record it in the file: verification.status, checked_on, checked_by, method.\n`
  );
}

/** The legal half of the sheet: topics whose facts are due for a re-check, with the facts known to move. */
export function legalRecheckText(topics: TopicEntry[], periodDays: number): string {
  if (topics.length === 0) return `Every rights topic had its facts checked within the last ${periodDays} days. Nothing to re-check.\n`;
  return (
    topics
      .map((topic, index) =>
        [
          `${index + 1}. ${topic.meta.title}  [${topic.id}]`,
          `   Facts last checked: ${topic.meta.facts.checked_on} (${topic.meta.facts.checked_by})`,
          ...topic.meta.facts.in_flux.map((item) => `   In flux: ${item.fact}\n     Source: ${item.source}`),
          `   File: ${topic.file}`,
        ].join('\n'),
      )
      .join('\n\n') + `\n\n${topics.length} topic(s) to re-check against their sources. Then record it in the file: facts.checked_on and facts.checked_by.\n`
  );
}

/**
 * "Record a check" in three steps, in place of the verification fields:
 * 1. the call sheet's facts for this contact as readers see it now (lib/call-sheet.ts): its
 *    numbers to tap, its source and the line it quotes, and the last check;
 * 2. what happened: not called yet, "Called, it works", or "The number changed";
 * 3. the date (today), the volunteer's initials and how they checked, plus, when the number
 *    changed, a note of the call; a changed number needs that note or a new source.
 * The group is checked with the schema's own verification rule before saving, so what this step
 * writes always passes content:check.
 */
import { parse } from 'yaml';
import { callSheetRow } from '@/lib/call-sheet';
import { phoneLinks } from '@/lib/contact-display';
import { contactSchema, plainWordsError } from '@/lib/content/schema';
import { verificationState } from '@/lib/content/verification';
import { editorSchemas, entryShapes } from '@/lib/editor/editor-config';
import { ORIGINAL_FILE, storedData } from '@/lib/editor/entry-format';
import { changedNumberProblem, localToday, newNumbers } from '@/lib/editor/record-check';
import { schemaAt } from '@/lib/editor/schema-fields';
import type { Attributes, ReactNode } from 'react';
import type { ImmutableValue, WidgetProps } from './decap-globals';

type Outcome = 'none' | 'works' | 'changed';
type Verification = { status?: string; checked_on?: string; checked_by?: string; method?: string; call_note?: string };

const OUTCOMES: [Outcome, string][] = [
  ['none', 'Not called yet'],
  ['works', 'Called, it works'],
  ['changed', 'The number changed'],
];

/** React's createElement from Decap's bundle, for plain elements. */
const h = (type: string, props: Record<string, unknown> | null, ...children: ReactNode[]) => window.h(type, props as Attributes, ...children);
const plain = (value: unknown): Verification => {
  const data = value && typeof (value as ImmutableValue).toJS === 'function' ? (value as ImmutableValue).toJS() : value;
  return typeof data === 'object' && data !== null ? { ...(data as Verification) } : {};
};
const withoutEmpty = (value: Verification) => Object.fromEntries(Object.entries(value).filter(([, item]) => item !== '' && item !== undefined));

/** The file before this edit, and the entry as the form holds it now, both as stored. */
function beforeAndAfter(entry: ImmutableValue): { before: unknown; after: unknown } {
  const data = (entry.get('data') as ImmutableValue | undefined)?.toJS() as Record<string, unknown> | undefined;
  const original = data?.[ORIGINAL_FILE];
  return { before: typeof original === 'string' ? parse(original) : undefined, after: data ? storedData(data, entryShapes().contact) : undefined };
}

/** The label and hint the generated config gives a verification field. */
function wordsFor(field: ImmutableValue, name: string): { label: string; hint: string; options: string[] } {
  const fields = (field.get('fields') as ImmutableValue | undefined)?.toJS() as
    { name: string; label: string; hint?: string; options?: string[] }[] | undefined;
  const found = fields?.find((item) => item.name === name);
  return { label: found?.label ?? name, hint: found?.hint ?? '', options: found?.options ?? [] };
}

/** Step 1: the facts a volunteer needs to make the call, from the file as published. */
function callFacts(props: WidgetProps) {
  const { before } = beforeAndAfter(props.entry);
  const parsed = contactSchema.safeParse(before, { error: plainWordsError });
  if (!parsed.success) return h('p', { className: 'kyr-facts' }, 'This contact is new or not yet valid: save it first, then call it and record the check.');
  const contact = parsed.data;
  const row = callSheetRow(
    {
      ...contact,
      id: String(props.entry.get('slug') ?? ''),
      region: String(props.entry.get('collection') ?? '').replace(/^contacts-/, ''),
      file: String(props.entry.get('path') ?? ''),
    },
    verificationState(contact, localToday()),
  );
  const source = contact.sources[0];
  const { checked_by, method } = contact.verification;
  return h(
    'dl',
    { className: 'kyr-facts', 'aria-label': 'Call sheet' },
    h('dt', null, 'Call'),
    h(
      'dd',
      null,
      phoneLinks(contact).length === 0
        ? row.numbers
        : phoneLinks(contact).map((phone, index) =>
            h('span', { key: index, className: 'kyr-number' }, phone.href ? h('a', { href: phone.href }, phone.display) : phone.display, ` (${phone.label})`),
          ),
    ),
    h('dt', null, 'Source'),
    h(
      'dd',
      null,
      source ? h('a', { href: source.url, target: '_blank', rel: 'noreferrer noopener' }, source.url) : '(none)',
      source?.says ? h('q', { className: 'kyr-says' }, source.says) : null,
    ),
    h('dt', null, 'Last check'),
    h('dd', null, row.lastChecked === 'never' ? row.state : `${row.lastChecked} by ${checked_by ?? '?'} (${method ?? '?'}): ${row.state}`),
  );
}

type Methods = {
  emit(next: Verification): void;
  choose(outcome: Outcome): void;
  set(name: keyof Verification, text: string): void;
};

export const recordCheckWidget = window.createClass<{ outcome: Outcome; initial: Verification }, Methods>({
  getInitialState() {
    return { outcome: 'none', initial: plain(this.props.value) };
  },

  emit(next) {
    // Decap holds the group as an Immutable map: keep it one, with exactly these fields.
    const value = this.props.value as ImmutableValue | undefined;
    this.props.onChange(typeof value?.merge === 'function' ? value.clear().merge(next) : next);
  },

  choose(outcome) {
    const current = plain(this.props.value);
    // Leaving "not called yet": a new check, with today's date and this caller's initials, not the last caller's.
    const fresh = this.state.outcome === 'none';
    this.setState({ outcome });
    if (outcome === 'none') return this.emit(this.state.initial);
    const next: Verification = {
      status: 'verified',
      checked_on: fresh ? localToday() : (current.checked_on ?? localToday()),
      checked_by: fresh ? '' : (current.checked_by ?? ''),
      method: fresh ? 'phone-call' : (current.method ?? 'phone-call'),
    };
    if (outcome === 'changed') next.call_note = fresh ? '' : (current.call_note ?? '');
    this.emit(next);
  },

  set(name, text) {
    this.emit({ ...plain(this.props.value), [name]: text });
  },

  isValid() {
    const value = withoutEmpty(plain(this.props.value));
    const rule = schemaAt(editorSchemas.contact, 'verification');
    const result = rule.safeParse(value, { error: plainWordsError });
    if (!result.success) {
      const issue = result.error.issues[0];
      const name = String(issue.path[0] ?? '');
      return { error: { message: `${name ? `${wordsFor(this.props.field, name).label}: ` : ''}${issue.message}` } };
    }
    const { before, after } = beforeAndAfter(this.props.entry);
    if (this.state.outcome === 'changed' && newNumbers(before, after).length === 0)
      return { error: { message: 'You chose “The number changed”: first write the new number under Phones above, as the organisation publishes it.' } };
    const problem = changedNumberProblem(before, after);
    return problem ? { error: { message: problem } } : true;
  },

  render() {
    const { forID, field } = this.props;
    const { outcome } = this.state;
    const value = plain(this.props.value);
    const input = (name: keyof Verification, attributes: Record<string, unknown>, element = 'input') => {
      const words = wordsFor(field, name);
      const id = `${forID}-${name}`;
      return h(
        'p',
        { className: 'kyr-field' },
        h('label', { htmlFor: id }, words.label),
        words.hint ? h('span', { className: 'kyr-hint', id: `${id}-hint` }, words.hint) : null,
        h(element, {
          id,
          name,
          value: value[name] ?? '',
          'aria-describedby': words.hint ? `${id}-hint` : undefined,
          onChange: (event: { target: { value: string } }) => this.set(name, event.target.value),
          ...attributes,
        }),
      );
    };
    const method = wordsFor(field, 'method');
    return h(
      'div',
      { className: 'kyr-check', id: forID },
      h('h3', null, '1. Call the number'),
      callFacts(this.props),
      h(
        'fieldset',
        null,
        h('legend', null, '2. What happened?'),
        OUTCOMES.map(([key, text]) =>
          h(
            'label',
            { key, className: 'kyr-outcome' },
            h('input', { type: 'radio', name: `${forID}-outcome`, value: key, checked: outcome === key, onChange: () => this.choose(key) }),
            ` ${text}`,
          ),
        ),
      ),
      outcome === 'none'
        ? h(
            'p',
            { className: 'kyr-status' },
            value.status === 'verified' ? `Recorded: checked ${value.checked_on} by ${value.checked_by} (${value.method}).` : 'Recorded: not checked yet.',
          )
        : h(
            'div',
            null,
            h('h3', null, '3. Record it'),
            outcome === 'changed'
              ? h(
                  'p',
                  { className: 'kyr-guide' },
                  'Write the new number under Phones above. Then add where it is published under Sources (web address, today’s date, the exact line), or write what you heard on the call here.',
                )
              : null,
            input('checked_on', { type: 'date', max: localToday() }),
            input('checked_by', { type: 'text', autoComplete: 'off' }),
            h(
              'p',
              { className: 'kyr-field' },
              h('label', { htmlFor: `${forID}-method` }, method.label),
              h(
                'select',
                {
                  id: `${forID}-method`,
                  value: value.method ?? 'phone-call',
                  onChange: (event: { target: { value: string } }) => this.set('method', event.target.value),
                },
                method.options.map((option) => h('option', { key: option, value: option }, option)),
              ),
            ),
            outcome === 'changed' ? input('call_note', { rows: 3 }, 'textarea') : null,
          ),
    );
  },
});

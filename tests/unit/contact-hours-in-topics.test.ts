import { afterEach, describe, expect, it } from 'vitest';
import { hoursSentence } from '@/lib/contact-display';
import { expandHoursReferences, hoursReferences } from '@/lib/content/contact-references';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import en from '@/messages/en.json';
import { contact, contentTree, regionsYaml, removeContentTrees, topic, translation } from './support/content-tree';

afterEach(removeContentTrees);

const hotline = contact({
  kind: 'hotline',
  name: 'Family Support Hotline',
  phones: [{ number: '1-855-435-7693', label: 'hotline' }],
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '06:00', close: '21:00', languages: ['en', 'es'] },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00', languages: ['zh', 'pl'] },
  ],
});
const load = (files: Record<string, string>) =>
  loadContent({ root: contentTree({ 'regions.yaml': regionsYaml, 'contacts/us-il/family-line.yaml': hotline, ...files }).root, today: '2026-12-01' });
const body = (line: string) => `## What to do\n\n- ${line}\n`;

describe('a topic that gives a hotline number', () => {
  it('is rejected when it says the line is open 24 hours but the line’s own file gives other hours, naming the line and the fix', () => {
    const { problems } = load({ 'rights/door/en.md': topic({}, body('Call the hotline at [1-855-435-7693](tel:+18554357693). It is open 24 hours.')) });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/rights\/door\/en\.md: body \(line \d+\): says a line is open 24 hours, but content\/contacts\/us-il\/family-line\.yaml does not give "24\/7" hours; write \{hours:family-line\}/,
      ),
    ]);
  });

  it('may say 24 hours of a line whose file says 24/7', () => {
    const { problems } = load({
      'contacts/us/court-line.yaml': contact({ kind: 'hotline', phones: [{ number: '1-800-898-7180', label: 'hotline' }], hours: '24/7' }),
      'rights/door/en.md': topic({}, body('Call [1-800-898-7180](tel:+18008987180). It is open 24 hours.')),
    });
    expect(problems).toEqual([]);
  });

  it('is rejected when {hours:…} names no contact, or a contact without hours', () => {
    const { problems } = load({
      'contacts/us/no-hours.yaml': contact(),
      'rights/door/en.md': topic({}, body('Call. {hours:family-lin} Or call again. {hours:no-hours}')),
    });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('{hours:family-lin} names no contact'),
      expect.stringContaining('{hours:no-hours} shows the hours of content/contacts/us/no-hours.yaml, but that file has no hours'),
    ]);
  });

  it('is rejected in a current translation that dropped the reference, but not in one already marked out of date', () => {
    const english = topic({}, body('Call the hotline. {hours:family-line}'));
    const tree = { 'rights/door/en.md': english };
    const hash = load(tree).content.topics[0].hash;
    const dropped = load({ ...tree, 'rights/door/es.md': translation(hash, {}, body('Llame a la línea.')) });
    expect(dropped.problems.map(formatProblem)).toEqual([
      'content/rights/door/es.md: body: en.md shows {hours:family-line} but this translation does not; copy {hours:family-line} into the same sentence, unchanged',
    ]);
    const outdated = load({ ...tree, 'rights/door/es.md': translation('000000000000', {}, body('Llame a la línea.')) });
    expect(outdated.problems).toEqual([]);
  });
});

describe('a reader sees a line’s hours in a topic', () => {
  const words = (everyDay: string, allDay: string, template: string) => ({
    everyDay,
    allDay,
    hoursOfLine: (hours: string) => template.replace('{hours}', hours),
  });

  it('reads the hours from the contact file, in their language, with the languages each period is answered in', () => {
    const { content } = load({});
    const hours = content.contacts[0].hours;
    const english = hoursSentence(hours, 'en', words(en.contact.everyDay, en.contact.allDay, en.topic.hoursOfLine)).replace(/\s/g, ' ');
    expect(english).toBe('Hours: Every day 6:00 AM – 9:00 PM (English and Spanish); Mon, Tue, Wed, Thu, and Fri: 9:00 AM – 5:00 PM (Chinese and Polish).');
    const spanish = hoursSentence(hours, 'es', words('Todos los días', 'Abierto 24 horas', 'Horario: {hours}.')).replace(/\s/g, ' ');
    expect(spanish).toMatch(/^Horario: Todos los días 6:00 – 21:00 \(inglés y español\); lun, mar, mié, jue y vie: 9:00 – 17:00 \(chino y polaco\)\.$/i);
  });

  it('gets the sentence in place of the reference, leaving the rest of the body alone', () => {
    const text = 'Call [1-855-435-7693](tel:+18554357693). {hours:family-line} It is not open all night.';
    expect(hoursReferences(text)).toEqual([{ id: 'family-line', line: 1 }]);
    expect(expandHoursReferences(text, (id) => `<${id}>`)).toBe('Call [1-855-435-7693](tel:+18554357693). <family-line> It is not open all night.');
  });

  it('is told a line that never closes is open all day', () => {
    expect(hoursSentence('24/7', 'en', words(en.contact.everyDay, en.contact.allDay, en.topic.hoursOfLine))).toBe(`${en.contact.allDay}.`);
  });
});

/**
 * The family emergency plan (app/[locale]/(site)/plan/page.tsx). The page is a form that works and
 * prints blank with no script. This adds: phone numbers checked as they are typed, rows added on
 * request, the lawyer picked from the directory copied into the lines, the wallet cards filled
 * from the first people to call, and a Print button.
 *
 * Nothing typed is kept anywhere: no storage, no cookies, no address, no request. The form never
 * submits, and it is emptied again when the browser brings the page back from its memory.
 */
import { type ParsedPhone, readPhone } from '@/lib/phone-reading';
import { attach } from './lib/attach';
import { onPhoneLibrary, phoneParser } from './lib/phone-library';
import { runtimeClasses } from './lib/runtime-classes';

/** The number read, or as typed where the phone library could not load (offline before it was ever fetched). */
const phoneOf = (value: string): ParsedPhone | null => {
  const parse = phoneParser();
  return parse ? readPhone(value, parse) : { e164: value, display: value };
};

attach('plan', (root) => {
  const form = root.querySelector<HTMLFormElement>('form[data-plan-form]');
  const cards = root.querySelector<HTMLElement>('[data-plan-cards]');
  const printButton = root.querySelector<HTMLButtonElement>('button[data-plan-print]');
  const printStatus = root.querySelector<HTMLElement>('[data-plan-print-status]');
  if (!form || !cards || !printButton || !printStatus) return;
  const invalidMessage = root.dataset.phoneInvalid ?? '';
  const numberFormat = new Intl.NumberFormat(document.documentElement.lang);

  // ---------------------------------------------------------------- never submitted
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
  });

  // ---------------------------------------------------------------- phone numbers
  const phoneInputs = () => Array.from(form.querySelectorAll<HTMLInputElement>('input[type="tel"]'));
  const messageOf = (input: HTMLInputElement) => document.getElementById(`${input.id}-error`);

  /** Whether the field holds nothing or a number we can read; shows or clears its message. */
  const checkPhone = (input: HTMLInputElement, reformat: boolean): boolean => {
    const value = input.value.trim();
    const phone = value ? phoneOf(value) : null;
    const valid = !value || phone !== null;
    if (phone && reformat) input.value = phone.display;
    let message = messageOf(input);
    if (valid) {
      input.removeAttribute('aria-invalid');
      message?.remove();
      input.removeAttribute('aria-describedby');
      return true;
    }
    input.setAttribute('aria-invalid', 'true');
    if (!message) {
      message = document.createElement('p');
      message.id = `${input.id}-error`;
      message.className = runtimeClasses.plan.fieldError;
      message.textContent = invalidMessage;
      input.after(message);
    }
    input.setAttribute('aria-describedby', message.id);
    return false;
  };

  // ---------------------------------------------------------------- wallet cards
  const valueOf = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)?.value.trim() ?? '';
  const phoneText = (id: string) => phoneOf(valueOf(id))?.display ?? '';
  const write = (card: Element, part: string, text: string) => {
    const line = card.querySelector(`[data-card="${part}"]`);
    // A blank line keeps its height with a no-break space, as the server renders it.
    if (line) line.textContent = text || '\u00a0';
  };

  const fillCards = () => {
    const lines = cards.querySelector('[data-plan-card]')?.querySelectorAll('li').length ?? 0;
    const people = Array.from({ length: lines }, (_, index) => {
      const name = valueOf(`plan-person-${index + 1}-name`);
      const relation = valueOf(`plan-person-${index + 1}-relation`);
      return { name: name && relation ? `${name} (${relation})` : name || relation, phone: phoneText(`plan-person-${index + 1}-phone`) };
    });
    cards.querySelectorAll('[data-plan-card]').forEach((card, index) => {
      write(card, 'holder', valueOf(`plan-adult-${index + 1}-name`));
      people.forEach((person, at) => {
        write(card, `person-${at + 1}`, person.name);
        write(card, `person-${at + 1}-phone`, person.phone);
      });
      write(card, 'lawyer', valueOf('plan-lawyer-name'));
      write(card, 'lawyer-phone', phoneText('plan-lawyer-phone'));
    });
  };

  // ---------------------------------------------------------------- rows on request
  /** The rows the server rendered: what a reset goes back to. */
  const renderedRows = new Set(form.querySelectorAll('[data-plan-row]'));
  const renderedCards = new Set(cards.children);

  const addRow = (group: HTMLElement, button: HTMLButtonElement) => {
    const rows = group.querySelectorAll<HTMLFieldSetElement>('[data-plan-row]');
    const last = rows[rows.length - 1];
    const from = rows.length;
    const to = from + 1;
    const row = last.cloneNode(true) as HTMLFieldSetElement;
    for (const element of row.querySelectorAll<HTMLElement>('[id], label[for]')) {
      if (element.id) element.id = element.id.replace(`-${from}-`, `-${to}-`);
      const target = element.getAttribute('for');
      if (target) element.setAttribute('for', target.replace(`-${from}-`, `-${to}-`));
    }
    for (const message of row.querySelectorAll('[id$="-error"]')) message.remove();
    for (const input of row.querySelectorAll('input')) {
      input.value = '';
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
    const legend = row.querySelector('legend');
    if (legend) legend.textContent = (group.dataset.legend ?? '').replace('{number}', numberFormat.format(to));
    last.after(row);
    if (group.dataset.planRows === 'adult') cards.append(cards.lastElementChild!.cloneNode(true));
    button.hidden = to >= Number(group.dataset.max);
    fillCards();
    row.querySelector('input')?.focus();
  };

  for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-plan-add]')) {
    const group = form.querySelector<HTMLElement>(`[data-plan-rows="${button.dataset.planAdd}"]`);
    if (!group) continue;
    button.addEventListener('click', () => addRow(group, button));
    button.hidden = false;
  }

  // ---------------------------------------------------------------- the lawyer from the directory
  const pick = form.querySelector<HTMLSelectElement>('#plan-lawyer-pick');
  pick?.addEventListener('change', () => {
    const option = pick.selectedOptions[0];
    if (!option?.value) return;
    const [name, phone] = [form.querySelector<HTMLInputElement>('#plan-lawyer-name'), form.querySelector<HTMLInputElement>('#plan-lawyer-phone')];
    if (name) name.value = option.dataset.name ?? '';
    if (phone) {
      phone.value = option.dataset.phone ?? '';
      checkPhone(phone, false);
    }
    fillCards();
  });

  // ---------------------------------------------------------------- typing
  form.addEventListener('input', (event) => {
    const target = event.target;
    // While typing, a message goes away as soon as the number is right, and appears only on leaving the field.
    if (target instanceof HTMLInputElement && target.type === 'tel' && target.hasAttribute('aria-invalid')) checkPhone(target, false);
    fillCards();
  });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'tel') checkPhone(target, true);
    fillCards();
  });

  // ---------------------------------------------------------------- printing
  printButton.addEventListener('click', () => {
    const wrong = phoneInputs().filter((input) => !checkPhone(input, true));
    printStatus.textContent = wrong.length > 0 ? (printStatus.dataset.fix ?? '') : '';
    if (wrong.length > 0) {
      wrong[0].focus();
      return;
    }
    fillCards();
    print();
  });
  printButton.hidden = false;

  // ---------------------------------------------------------------- emptied, always
  const empty = () => {
    form.reset();
    for (const row of form.querySelectorAll('[data-plan-row]')) if (!renderedRows.has(row)) row.remove();
    for (const card of Array.from(cards.children)) if (!renderedCards.has(card)) card.remove();
    for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-plan-add]')) button.hidden = false;
    for (const input of phoneInputs()) checkPhone(input, false);
    printStatus.textContent = '';
    fillCards();
  };
  // A browser that kept the page in memory (back, forward) shows it as it was left: empty it.
  addEventListener('pageshow', (event) => {
    if (event.persisted) empty();
  });
  empty();
  // Numbers typed before the phone library arrived are checked now.
  onPhoneLibrary(() => {
    for (const input of phoneInputs()) if (input.value.trim()) checkPhone(input, true);
    fillCards();
  });
});

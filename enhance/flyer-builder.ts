/**
 * The flyer builder (components/FlyerBuilderForm.tsx). The page holds the flyer with every block
 * for every region (components/Flyer.tsx, `data-block`); this shows the form, turns blocks on and
 * off as the organizer chooses, keeps the choices in the address, prints a second language beside
 * the first from that language's builder page (`data-t`), and measures the flyer at paper size so
 * it says before printing when the choices do not fit one page at a legible size.
 * Nothing is stored or sent: the address is the only record, and only the organizer shares it.
 */
import { choicesFromQuery, choicesToQuery, type FlyerChoices, rightsBlocks } from '@/lib/flyer-choices';
import { attach } from './lib/attach';
import { onPhoneLibrary, phoneParser } from './lib/phone-library';
import { runtimeClasses } from './lib/runtime-classes';

/** Root sizes the flyer may print at, largest first (lib/flyer.ts flyerTypeSizes). */
const sizes = ['12', '11.5', '11', '10.5', '10'];
/** 190 × 259 mm inside the margins on both A4 and Letter, less 3% for other printers' rounding. */
const ROOM_MM = 259.4 * 0.97;
const PX_PER_MM = 96 / 25.4;

const all = <E extends Element>(root: ParentNode, selector: string) => Array.from(root.querySelectorAll<E>(selector));

attach<HTMLFormElement>('flyer-builder', (form) => {
  const flyer = document.querySelector<HTMLElement>('[data-flyer]');
  const status = form.querySelector<HTMLElement>('[data-fit-status]');
  const phoneError = form.querySelector<HTMLElement>('[data-phone-error]');
  if (!flyer || !status || !phoneError) return;
  const text = (key: string) => form.dataset[key] ?? '';
  const locale = text('locale');
  const control = <E extends Element>(name: string) => form.querySelector<E>(`[name="${name}"]`)!;
  const checked = (name: string) => all<HTMLInputElement>(form, `input[name="${name}"]:checked`).map((input) => input.value);

  const read = (): FlyerChoices => ({
    region: control<HTMLSelectElement>('region').value,
    also: control<HTMLSelectElement>('also').value || null,
    countries: checked('country'),
    lines: checked('line'),
    rights: rightsBlocks.filter((block) => checked('rights').includes(block)),
    say: control<HTMLInputElement>('say').checked,
    orgName: control<HTMLInputElement>('org').value.trim(),
    orgPhone: control<HTMLInputElement>('orgPhone').value.trim(),
  });

  const show = (choices: FlyerChoices) => {
    control<HTMLSelectElement>('region').value = choices.region;
    control<HTMLSelectElement>('also').value = choices.also ?? '';
    for (const [name, values] of [
      ['country', choices.countries],
      ['line', choices.lines],
      ['rights', choices.rights],
    ] as const)
      for (const input of all<HTMLInputElement>(form, `input[name="${name}"]`)) input.checked = (values as readonly string[]).includes(input.value);
    control<HTMLInputElement>('say').checked = choices.say;
    control<HTMLInputElement>('org').value = choices.orgName;
    control<HTMLInputElement>('orgPhone').value = choices.orgPhone;
  };

  /** The organizer's number, checked as typed: a US number, or another country's starting with +. */
  const orgPhone = (typed: string) => {
    if (!typed) return { ok: true, display: '', href: null as string | null };
    const parse = phoneParser();
    // Offline, before the phone library was ever fetched: printed as typed, unchecked.
    if (!parse) return { ok: true, display: typed, href: null };
    const phone = parse(typed, 'US');
    if (!phone || !phone.isValid()) return { ok: false, display: '', href: null };
    return { ok: true, display: phone.countryCallingCode === '1' ? phone.formatNational() : phone.formatInternational(), href: phone.getURI() };
  };

  const apply = (choices: FlyerChoices) => {
    const blocks = new Set([
      `region:${choices.region}`,
      ...choices.rights.map((block) => `rights:${block}`),
      ...choices.lines.map((id) => `line:${id}`),
      ...choices.countries.map((code) => `country:${code}:${choices.region}`),
    ]);
    if (choices.say) blocks.add('say');
    // Beside a second language, the three phrases most topics share fit; alone, all six.
    for (let index = 0; index < (choices.also ? 3 : 6); index += 1) blocks.add(`phrase:${index}`);
    if (choices.rights.length > 0) blocks.add('rights');
    if (choices.countries.length > 0) blocks.add('consulates');
    // Only what this region's flyer can print is offered.
    for (const label of all<HTMLElement>(form, 'label[data-regions]')) label.hidden = !label.dataset.regions!.split(' ').includes(choices.region);

    const phone = orgPhone(choices.orgPhone);
    phoneError.hidden = phone.ok;
    phoneError.textContent = phone.ok ? '' : text('badPhone');
    control<HTMLInputElement>('orgPhone').setAttribute('aria-invalid', String(!phone.ok));
    const org = flyer.querySelector<HTMLElement>('[data-org]');
    if (org && phone.ok && (choices.orgName || phone.display)) {
      blocks.add('org');
      org.querySelector('[data-org-name]')!.textContent = choices.orgName;
      const link = org.querySelector<HTMLAnchorElement>('[data-phone]')!;
      link.textContent = phone.display;
      if (phone.href) link.href = phone.href;
      else link.removeAttribute('href');
      const caution = org.querySelector<HTMLElement>('[data-template]')!;
      caution.textContent = caution.dataset.template!.replace('{name}', choices.orgName || '—');
    }
    for (const block of all<HTMLElement>(flyer, '[data-block]')) block.hidden = !blocks.has(block.dataset.block!);
    history.replaceState(null, '', `${location.pathname}?${choicesToQuery(choices)}`);
    void besides(choices.also).then(() => fit(choices, phone.ok));
  };

  /** The second language's texts, by `data-t` key, read from its own builder page (saved offline like any page). */
  const cache = new Map<string, Map<string, { text: string; dir: string }>>();
  const load = async (language: string) => {
    const known = cache.get(language);
    if (known) return known;
    const response = await fetch(`/${language}/print/flyer/`);
    if (!response.ok) throw new Error(String(response.status));
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const dir = page.documentElement.dir || 'ltr';
    const texts = new Map(all<HTMLElement>(page, '[data-flyer] [data-t]').map((element) => [element.dataset.t!, { text: element.textContent!.trim(), dir }]));
    cache.set(language, texts);
    return texts;
  };
  /** Prints `also` beside every text; the last call wins, however the loads interleave. */
  let wanted: string | null = null;
  let printed: string | null = null;
  const besides = async (also: string | null) => {
    wanted = also;
    if (also === printed) return;
    let texts: Map<string, { text: string; dir: string }> | null = null;
    if (also) {
      try {
        texts = await load(also);
      } catch {
        status.textContent = text('alsoFailed');
        control<HTMLSelectElement>('also').value = '';
        history.replaceState(null, '', `${location.pathname}?${choicesToQuery(read())}`);
        texts = null;
      }
    }
    // A later choice came while this one loaded: that one prints.
    if (wanted !== also) return;
    for (const added of all(flyer, '[data-also]')) added.remove();
    printed = texts ? also : null;
    flyer.dataset.flyer = texts ? 'bilingual' : 'single';
    if (!texts || !also) return;
    for (const element of all<HTMLElement>(flyer, '[data-t]')) {
      const key = element.dataset.t!;
      // English is printed with every phrase already.
      if (also === 'en' && key.startsWith('phrase:')) continue;
      const other = texts.get(key);
      const own = (element.textContent ?? '').trim();
      if (!other || other.text === own || key === 'orgAdded') continue;
      const added = document.createElement('span');
      added.dataset.also = '';
      added.lang = also;
      added.dir = other.dir;
      added.textContent = other.text;
      // As AlsoInEnglish does: a block under the text, or inline after a separator that stays
      // outside the other language, in the page's direction, so it sits between the two in Arabic.
      if ('tBlock' in element.dataset) {
        added.className = runtimeClasses.flyerBuilder.alsoBlock;
        element.append(added);
      } else {
        const separator = document.createElement('span');
        separator.dataset.also = '';
        separator.textContent = ' · ';
        element.append(separator, added);
      }
    }
  };

  /** The flyer's height at a root size, laid out at paper width as it prints. */
  const heightAt = (size: string) => {
    flyer.dataset.typeSize = size;
    flyer.dataset.sheet = '';
    const mm = flyer.getBoundingClientRect().height / PX_PER_MM;
    delete flyer.dataset.sheet;
    return mm;
  };

  let fits = true;
  const fit = (choices: FlyerChoices, phoneOk: boolean) => {
    const size = sizes.find((candidate) => heightAt(candidate) <= ROOM_MM);
    fits = Boolean(size);
    if (size) flyer.dataset.typeSize = size;
    else {
      flyer.dataset.typeSize = sizes[sizes.length - 1];
      const advice = choices.also
        ? text('dropAlso')
        : choices.rights.length > 3
          ? text('dropRights')
          : choices.countries.length > 3
            ? text('dropCountries')
            : text('dropLines');
      status.textContent = `${text('doesNotFit')} ${advice}`;
    }
    if (size) status.textContent = text('fits').replace('{size}', size);
    status.dataset.fits = String(fits && phoneOk);
  };

  const known = { regions: text('regions').split(' '), languages: text('languages').split(' ') };
  const query = new URLSearchParams(location.search);
  if (query.has('region')) show(choicesFromQuery(query, read(), known));

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'lang') {
      // The flyer's own language is another page: the same choices, in that language.
      window.location.href = `/${target.value}/print/flyer/?${choicesToQuery(read())}`;
      return;
    }
    if (target.name === 'region') {
      const option = (target as HTMLSelectElement).selectedOptions[0];
      const defaults = choicesFromQuery(new URLSearchParams(option?.dataset.defaults ?? ''), read(), known);
      show({ ...read(), countries: defaults.countries, lines: defaults.lines });
    }
    apply(read());
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).type === 'text' || (event.target as HTMLInputElement).type === 'tel') apply(read());
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-print]')!.addEventListener('click', () => {
    if (status.dataset.fits === 'true') window.print();
    else status.focus();
  });
  status.tabIndex = -1;

  for (const without of all<HTMLElement>(document, '[data-builder-without-js]')) without.hidden = true;
  form.hidden = false;
  control<HTMLSelectElement>('lang').value = locale;
  apply(read());
  onPhoneLibrary(() => apply(read()));
});

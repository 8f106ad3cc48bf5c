/**
 * The help directory's filters (components/ContactFilterPanel.tsx). The panel is in the HTML with
 * its controls disabled (and hidden when the browser runs no scripts), and the full grouped list
 * shows. This enables the controls, applies the filters as they change, and records them in the
 * address, so a shared, filtered link opens filtered.
 */
import { type ContactFilters, filtersFromSearch, matchesFilters, noFilters, searchFromFilters } from '@/lib/contact-filter';
import { attach } from './lib/attach';

const split = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);
const selects = ['kind', 'country', 'language', 'service'] as const;

attach('help-filters', (panel) => {
  const directory = panel.closest<HTMLElement>('[data-directory]');
  const controls = panel.querySelector<HTMLFieldSetElement>('fieldset[data-filter-controls]');
  const count = panel.querySelector<HTMLElement>('[data-filter-count]');
  const free = panel.querySelector<HTMLInputElement>('input[name="free"]');
  const select = (key: (typeof selects)[number]) => panel.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
  if (!directory || !controls || !count || !free || selects.some((key) => !select(key))) return;

  const show = (filters: ContactFilters) => {
    for (const key of selects) select(key)!.value = filters[key];
    free.checked = filters.free;
  };
  const read = (): ContactFilters => ({
    kind: select('kind')!.value,
    country: select('country')!.value,
    language: select('language')!.value,
    service: select('service')!.value,
    free: free.checked,
  });

  const apply = (filters: ContactFilters) => {
    const cards = Array.from(directory.querySelectorAll<HTMLElement>('article[data-kind]'));
    let visible = 0;
    for (const card of cards) {
      const { kind = '', country = '', languages, services, cost = '' } = card.dataset;
      const match = matchesFilters({ kind, country, languages: split(languages), services: split(services), cost }, filters);
      card.closest('li')!.hidden = !match;
      if (match) visible += 1;
    }
    for (const group of directory.querySelectorAll<HTMLElement>('[data-group]')) {
      group.hidden = !group.querySelector('li:not([hidden])');
      const jump = directory.querySelector<HTMLElement>(`a[href="#${group.id}"]`);
      if (jump) jump.closest('li')!.hidden = group.hidden;
    }
    count.textContent =
      visible === 0 ? (panel.dataset.none ?? '') : (panel.dataset.showing ?? '').replace('{shown}', String(visible)).replace('{total}', String(cards.length));
    history.replaceState(null, '', `${location.pathname}${searchFromFilters(filters)}${location.hash}`);
  };

  const initial = filtersFromSearch(location.search);
  show(initial);
  apply(initial);
  panel.addEventListener('change', () => apply(read()));
  panel.querySelector('button[data-filter-clear]')?.addEventListener('click', () => {
    show(noFilters);
    apply(noFilters);
  });
  controls.disabled = false;
});

'use client';

import { useEffect, useState } from 'react';
import { type ContactFilters, filtersFromSearch, matchesFilters, noFilters, searchFromFilters } from '@/lib/contact-filter';

type Option = { value: string; label: string };
type Labels = Record<'heading' | 'type' | 'any' | 'country' | 'language' | 'service' | 'freeOnly' | 'clear' | 'none', string> & {
  showing: string;
};
type Props = { labels: Labels; kinds: Option[]; countries: Option[]; languages: Option[]; services: Option[] };

const split = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

/**
 * Filters the server-rendered directory in place. Without JavaScript it stays hidden and the full,
 * grouped list is shown; with it, filters apply instantly and the URL records them for sharing.
 */
export function ContactFilterPanel({ labels, kinds, countries, languages, services }: Props) {
  const [ready, setReady] = useState(false);
  const [filters, setFilters] = useState<ContactFilters>(noFilters);
  const [shown, setShown] = useState<[number, number] | null>(null);

  useEffect(() => {
    // Reading the URL once on load is how a shared, filtered link opens filtered.
    setFilters(filtersFromSearch(window.location.search));
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const cards = Array.from(document.querySelectorAll<HTMLElement>('[data-directory] article[data-kind]'));
    let visible = 0;
    for (const card of cards) {
      const match = matchesFilters(
        {
          kind: card.dataset.kind ?? '',
          country: card.dataset.country ?? '',
          languages: split(card.dataset.languages),
          services: split(card.dataset.services),
          cost: card.dataset.cost ?? '',
        },
        filters,
      );
      card.closest('li')!.hidden = !match;
      if (match) visible += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-directory] [data-group]')) {
      group.hidden = !group.querySelector('li:not([hidden])');
      const jump = document.querySelector<HTMLElement>(`[data-directory] a[href="#${group.id}"]`);
      if (jump) jump.closest('li')!.hidden = group.hidden;
    }
    setShown([visible, cards.length]);
    window.history.replaceState(null, '', `${window.location.pathname}${searchFromFilters(filters)}${window.location.hash}`);
  }, [filters, ready]);

  const update = (patch: Partial<ContactFilters>) => setFilters((current) => ({ ...current, ...patch }));
  const select = (key: 'kind' | 'country' | 'language' | 'service', label: string, options: Option[]) => (
    <label className="flex min-w-0 flex-col gap-1 text-base font-semibold">
      {label}
      <select
        value={filters[key]}
        onChange={(event) => update({ [key]: event.target.value })}
        className="min-h-11 w-full min-w-0 rounded-md border-2 border-gray-500 bg-white px-2 text-base font-normal"
      >
        <option value="">{labels.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </label>
  );

  return (
    <section aria-labelledby="filters" hidden={!ready} className="no-print my-4 rounded-lg border border-gray-400 bg-wash p-4">
      <h2 id="filters" className="mb-3 text-lg font-bold">{labels.heading}</h2>
      <div className="grid grid-cols-fit gap-3">
        {select('kind', labels.type, kinds)}
        {select('country', labels.country, countries)}
        {select('language', labels.language, languages)}
        {select('service', labels.service, services)}
      </div>
      <label className="mt-3 flex min-h-11 items-center gap-3 text-base font-semibold">
        <input type="checkbox" checked={filters.free} onChange={(event) => update({ free: event.target.checked })} className="h-6 w-6" />
        {labels.freeOnly}
      </label>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <p aria-live="polite" className="text-base" data-testid="filter-count">
          {shown ? (shown[0] === 0 ? labels.none : labels.showing.replace('{shown}', String(shown[0])).replace('{total}', String(shown[1]))) : ''}
        </p>
        <button type="button" onClick={() => setFilters(noFilters)} className="min-h-11 rounded-md border-2 border-brand px-4 font-semibold text-brand">
          {labels.clear}
        </button>
      </div>
    </section>
  );
}

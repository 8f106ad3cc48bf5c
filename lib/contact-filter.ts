/**
 * The help directory's filters as pure functions, shared by the browser (which filters the
 * rendered list) and the tests. A filter state round-trips through the URL so it can be shared.
 */
export type ContactFilters = { kind: string; country: string; language: string; service: string; free: boolean };

/** What a rendered contact says about itself (data-* attributes on its card). */
type FilterableContact = { kind: string; country: string; languages: string[]; services: string[]; cost: string };

export const noFilters: ContactFilters = { kind: '', country: '', language: '', service: '', free: false };

export function matchesFilters(contact: FilterableContact, filters: ContactFilters): boolean {
  if (filters.kind && contact.kind !== filters.kind) return false;
  // "My country" narrows the consulates; hotlines and legal aid for everyone stay listed.
  if (filters.country && contact.kind === 'consulate' && contact.country !== filters.country) return false;
  if (filters.country && contact.kind !== 'consulate' && contact.country && contact.country !== filters.country) return false;
  if (filters.language && !contact.languages.some((code) => code === filters.language || code.startsWith(`${filters.language}-`))) return false;
  if (filters.service && !contact.services.includes(filters.service)) return false;
  if (filters.free && contact.cost !== 'free') return false;
  return true;
}

export function filtersFromSearch(search: string): ContactFilters {
  const params = new URLSearchParams(search);
  return {
    kind: params.get('kind') ?? '',
    country: params.get('country') ?? '',
    language: params.get('language') ?? '',
    service: params.get('service') ?? '',
    free: params.get('free') === '1',
  };
}

export function searchFromFilters(filters: ContactFilters): string {
  const params = new URLSearchParams();
  for (const key of ['kind', 'country', 'language', 'service'] as const) if (filters[key]) params.set(key, filters[key]);
  if (filters.free) params.set('free', '1');
  const search = params.toString();
  return search ? `?${search}` : '';
}

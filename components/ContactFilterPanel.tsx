import type { ContactFilters } from '@/lib/contact-filter';

type Option = { value: string; label: string };
type Labels = Record<'heading' | 'type' | 'any' | 'country' | 'language' | 'service' | 'freeOnly' | 'clear' | 'none', string> & {
  showing: string;
};
type Props = { labels: Labels; kinds: Option[]; countries: Option[]; languages: Option[]; services: Option[] };

/**
 * The help directory's filters. Without JavaScript the panel is hidden (`noscript:`, the
 * `scripting: none` media query) and the full, grouped list is shown, so nothing offers to filter.
 * With it, the panel is in place from the first paint, so nothing below it moves when the script
 * arrives; its controls are disabled until enhance/help-filters.ts enables them, filters the list
 * in place as they change, and records the filters in the address for sharing. The field names
 * are the keys of the filter state, which is also what the address carries.
 */
export function ContactFilterPanel({ labels, kinds, countries, languages, services }: Props) {
  const select = (key: Exclude<keyof ContactFilters, 'free'>, label: string, options: Option[]) => (
    <label className="flex min-w-0 flex-col gap-1 text-base font-semibold">
      {label}
      <select name={key} className="tap-target w-full min-w-0 rounded-md border-2 border-gray-500 bg-white px-2 text-base font-normal">
        <option value="">{labels.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section
      aria-labelledby="filters"
      data-module="help-filters"
      data-showing={labels.showing}
      data-none={labels.none}
      className="no-print my-4 rounded-lg border border-gray-400 bg-wash p-4 noscript:hidden"
    >
      <h2 id="filters" className="mb-3 text-lg font-bold">
        {labels.heading}
      </h2>
      <fieldset disabled data-filter-controls>
        <div className="grid grid-cols-fit gap-3">
          {select('kind', labels.type, kinds)}
          {select('country', labels.country, countries)}
          {select('language', labels.language, languages)}
          {select('service', labels.service, services)}
        </div>
        <label className="mt-3 flex tap-target items-center gap-3 text-base font-semibold">
          <input type="checkbox" name="free" className="h-6 w-6" />
          {labels.freeOnly}
        </label>
        <div className="mt-2 flex flex-wrap items-center gap-4">
          <p aria-live="polite" className="text-base" data-testid="filter-count" data-filter-count />
          <button type="button" data-filter-clear className="tap-target rounded-md border-2 border-brand px-4 font-semibold text-brand">
            {labels.clear}
          </button>
        </div>
      </fieldset>
    </section>
  );
}

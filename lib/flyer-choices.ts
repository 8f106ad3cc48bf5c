/**
 * What an organizer chose for a flyer, and how those choices live in the address, so a flyer can be
 * made again or shared as a link. Pure and small: the builder's browser module imports it too.
 */

/** The rights a flyer can print, each one topic (lib/flyer.ts maps them), in the order they print. */
export const rightsBlocks = ['door', 'street', 'car', 'work', 'arrest', 'sign'] as const;
export type RightsBlock = (typeof rightsBlocks)[number];

export type FlyerChoices = {
  region: string;
  /** A second language printed beside the flyer's own, or null. */
  also: string | null;
  /** Two-letter codes of the countries whose consulates it prints. */
  countries: string[];
  /** Ids of the hotlines and legal-aid contacts it prints. */
  lines: string[];
  rights: RightsBlock[];
  /** The "what to say" box. */
  say: boolean;
  /** The organizer's own name and number, printed as added by them; empty when not given. */
  orgName: string;
  orgPhone: string;
};

const isRightsBlock = (value: string): value is RightsBlock => (rightsBlocks as readonly string[]).includes(value);

/** The choices as a query string, without the leading "?"; the same choices give the same text. */
export function choicesToQuery(choices: FlyerChoices): string {
  const query = new URLSearchParams();
  query.set('region', choices.region);
  if (choices.also) query.set('also', choices.also);
  for (const country of choices.countries) query.append('country', country);
  for (const line of choices.lines) query.append('line', line);
  for (const block of choices.rights) query.append('rights', block);
  query.set('say', choices.say ? '1' : '0');
  if (choices.orgName) query.set('org', choices.orgName);
  if (choices.orgPhone) query.set('orgPhone', choices.orgPhone);
  return query.toString();
}

/**
 * Choices read back from an address. An address without a region is not a flyer's: the defaults
 * stand. Otherwise a list that is absent means nothing was chosen from it, so a flyer with no
 * consulates stays one. Unknown values are dropped: `known` lists what the page can print.
 */
export function choicesFromQuery(
  query: URLSearchParams,
  defaults: FlyerChoices,
  known: { regions: readonly string[]; languages: readonly string[] },
): FlyerChoices {
  const region = query.get('region');
  if (!region || !known.regions.includes(region)) return defaults;
  const also = query.get('also');
  return {
    region,
    also: also && known.languages.includes(also) ? also : null,
    countries: unique(query.getAll('country').filter((code) => /^[A-Z]{2}$/.test(code))),
    lines: unique(query.getAll('line')),
    rights: rightsBlocks.filter((block) => query.getAll('rights').filter(isRightsBlock).includes(block)),
    say: query.get('say') !== '0',
    orgName: (query.get('org') ?? '').slice(0, 80),
    orgPhone: (query.get('orgPhone') ?? '').slice(0, 40),
  };
}

const unique = (values: string[]) => [...new Set(values)];

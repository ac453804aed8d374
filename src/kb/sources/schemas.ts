/**
 * Schemas of the hand-written resource files under resources/kb/ (documented in
 * docs/knowledge-base.md, people under "People files").
 */
import { z } from 'zod';
import { isIsoCountry } from './iso-countries.js';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with real month and day numbers. */
export const partialDate = z.string().regex(DATE, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');

export const countryCode = z.string().refine(isIsoCountry, 'not an ISO 3166-1 alpha-2 country code');

const slugId = z.string().regex(/^cd:[a-z]+\/[a-z0-9-]+$/, 'id must look like cd:org/some-slug');

const qid = z.string().regex(/^Q[1-9]\d*$/, 'qid must look like Q123');

/** An ISO date comparison that respects partial precision: "2024" is not after "2024-10". */
export function dateOrderOk(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to) return true;
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) <= to.slice(0, n);
}

export const roleSchema = z
  .object({
    role: z.string().min(2),
    org: z.string().min(2),
    from: partialDate.optional(),
    to: partialDate.optional(),
  })
  .strict()
  .refine((r) => dateOrderOk(r.from, r.to), { message: '"from" is after "to"' });

export const personSchema = z
  .object({
    name: z.string().min(2),
    aliases: z.array(z.string().min(1)).optional(),
    gender: z.enum(['male', 'female']).nullable().optional(),
    born: z.number().int().min(1900).max(2020).optional(),
    country: countryCode,
    description: z.string().max(100, 'description over 100 characters').optional(),
    prominence: z.number().int().min(1).max(5),
    roles: z.array(roleSchema).optional(),
    qid: qid.optional(),
    /**
     * A slug id for a namesake of the same country (`cd:person/steve-cohen-politician`), without
     * a QID; by default derived from the name.
     */
    id: slugId.optional(),
  })
  .strict();
export type PersonLine = z.infer<typeof personSchema>;

/** The fields every hand-written organisation, event and place line has. */
const namedThing = {
  name: z.string().min(2),
  qid: qid.optional(),
  aliases: z.array(z.string().min(1)).optional(),
  kind: z.string().min(2),
  country: countryCode.nullable().optional(),
  description: z.string().max(140).optional(),
  prominence: z.number().int().min(1).max(5),
};

/** Acronyms and short forms ("EU", "IMF"): exact matches only, never fuzzy-repaired into. */
const shortForms = z.array(z.string().min(1)).optional();

/** Organisations, outlets and news agencies. */
export const organizationSchema = z
  .object({
    ...namedThing,
    /** A slug id for namesakes (`cd:org/vox-party`); by default derived from the name. */
    id: slugId.optional(),
    short: shortForms,
    domains: z
      .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'domain must be a lower-case host name'))
      .optional(),
    imageHosts: z
      .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'image host must be a lower-case host name'))
      .optional(),
    parent: z.string().optional(),
  })
  .strict();
export type OrganizationLine = z.infer<typeof organizationSchema>;

/**
 * Events. A recurring event ("NATO summit") is one line without dates; each dated instance
 * ("2025 NATO summit in The Hague") is its own line naming its series, its dates and its host
 * place, so the linker can take the instance held around an article's date.
 */
export const eventSchema = z
  .object({
    ...namedThing,
    short: shortForms,
    organizer: z.string().optional(),
    /** The canonical name of the recurring event this is an instance of (a line of events.jsonl). */
    series: z.string().min(2).optional(),
    /** First and last day of an instance (`YYYY[-MM[-DD]]`); `to` omitted for a one-day event. */
    from: partialDate.optional(),
    to: partialDate.optional(),
    /** Where an instance is held: a city or place name of the KB in the line's `country`. */
    host: z.string().min(2).optional(),
  })
  .strict()
  .refine((e) => dateOrderOk(e.from, e.to), { message: '"from" is after "to"' })
  .refine((e) => !e.to || e.from, { message: '"to" without "from"' });
export type EventLine = z.infer<typeof eventSchema>;

/** Extra news-usage names of countries ("U.S.", "Britain") that the country package lacks. */
export const countryNamesSchema = z
  .object({
    code: countryCode,
    aliases: z.array(z.string().min(1)).optional(),
    short: z.array(z.string().min(1)).optional(),
    demonyms: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type CountryNamesLine = z.infer<typeof countryNamesSchema>;

/**
 * Extra news-usage names of cities the city package has under another spelling: "New York"
 * for New York City, "Zaporizhzhia" for Zaporizhia. `city` and `country` name the package's
 * city exactly; a line that names no city of the build is an error.
 */
export const cityNamesSchema = z
  .object({
    city: z.string().min(2),
    country: countryCode,
    aliases: z.array(z.string().min(1)).optional(),
    short: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type CityNamesLine = z.infer<typeof cityNamesSchema>;

/** Regions and other places the data packages lack: continents, seas, disputed areas. */
export const placeSchema = z.object(namedThing).strict();
export type PlaceLine = z.infer<typeof placeSchema>;

/**
 * The provinces of Canada and the states of Australia by the GeoNames first-level codes the
 * city package gives ("08" for Ontario, "07" for Victoria). Copy names a town of these
 * countries with its province or state the way it names a US town with its state ("London,
 * Ontario", "Bendigo, Victoria"), so the build writes the region into the city's description
 * ("city in Ontario, Canada") as it does the US state (us-states.ts), and the linker can tell
 * London, Ontario from London, England.
 */
import { US_STATE_BY_CODE } from './us-states.js';

const CA_PROVINCE_BY_CODE: Readonly<Record<string, string>> = {
  '01': 'Alberta',
  '02': 'British Columbia',
  '03': 'Manitoba',
  '04': 'New Brunswick',
  '05': 'Newfoundland and Labrador',
  '07': 'Nova Scotia',
  '08': 'Ontario',
  '09': 'Prince Edward Island',
  '10': 'Quebec',
  '11': 'Saskatchewan',
  '12': 'Yukon',
  '13': 'Northwest Territories',
  '14': 'Nunavut',
};

const AU_STATE_BY_CODE: Readonly<Record<string, string>> = {
  '01': 'Australian Capital Territory',
  '02': 'New South Wales',
  '03': 'Northern Territory',
  '04': 'Queensland',
  '05': 'South Australia',
  '06': 'Tasmania',
  '07': 'Victoria',
  '08': 'Western Australia',
};

const REGION_BY_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  US: US_STATE_BY_CODE,
  CA: CA_PROVINCE_BY_CODE,
  AU: AU_STATE_BY_CODE,
};

/** The state or province a city of the US, Canada or Australia lies in, from its package code; else undefined. */
export function regionOfCity(country: string, adminCode: string | undefined): string | undefined {
  return adminCode ? REGION_BY_COUNTRY[country]?.[adminCode] : undefined;
}

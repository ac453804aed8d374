/**
 * Wires stages that need facts from the knowledge base to it, lazily: the KB is
 * loaded the first time a stage asks, never at start-up. Stages declare small
 * interfaces of their own (the quotes stage asks for a person's gender and role words,
 * provenance for the outlet behind a host); this is the one place that answers them
 * from the KB.
 */

import { Resources } from '../core/resources.js';
import type { KbEntity } from '../kb/model.js';
import { knowledgeBaseResource } from '../kb/resource.js';
import { PERSON_FACTS, type PersonFacts, type PersonProfile } from '../stages/08-quotes/gender.js';
import { buildProfile, NO_PROFILE } from '../stages/08-quotes/profile.js';
import { OUTLETS, type OutletDirectory } from '../stages/09-provenance/outlets.js';

export function defaultResources(): Resources {
  const resources = new Resources();
  const kb = () => resources.use(knowledgeBaseResource);
  const person = (id: string): KbEntity | undefined => {
    const entity = kb().get(id);
    return entity?.type === 'person' ? entity : undefined;
  };
  // A person's role words, split once per person: the quotes stage asks for the same
  // people in article after article, and the KB does not change.
  const roleWords = new Map<string, readonly string[]>();
  const countryByCode = (code: string): KbEntity | undefined => kb().get(`cd:country/${code.toLowerCase()}`);
  const countryName = (org: string): string =>
    /^[A-Z]{2}$/u.test(org) ? (countryByCode(org)?.name ?? '') : '';
  // A person's description words (quotes: "IMF chief", "the Bulgarian economist"), built
  // once per person.
  const profiles = new Map<string, PersonProfile>();
  const otherNames = (e: KbEntity | undefined, kinds: readonly string[]): string[] =>
    (e?.names ?? []).filter((n) => kinds.includes(n.kind)).map((n) => n.text);
  const profileOf = (id: string): PersonProfile => {
    let profile = profiles.get(id);
    if (!profile) {
      const p = person(id);
      const country = p?.country ? countryByCode(p.country) : undefined;
      profile = p
        ? buildProfile({
            description: p.description,
            demonyms: otherNames(country, ['demonym']),
            roles: p.roles.map((r) => {
              const national = /^[A-Z]{2}$/u.test(r.org);
              const org = national ? countryByCode(r.org) : r.orgId ? kb().get(r.orgId) : undefined;
              return {
                role: r.role,
                org: national ? (org?.name ?? '') : r.org,
                orgNames: otherNames(org, national ? ['demonym'] : ['short', 'alias']),
                ended: r.to !== null,
              };
            }),
          })
        : NO_PROFILE;
      profiles.set(id, profile);
    }
    return profile;
  };
  // A country's demonym by the name an article calls it ("Russia's foreign ministry"),
  // looked up once per name.
  const demonyms = new Map<string, string | null>();
  const demonymOf = (name: string): string | null => {
    let d = demonyms.get(name);
    if (d === undefined) {
      const country = kb()
        .lookup(name)
        .find((h) => h.entity.kind === 'country' && h.kind !== 'demonym')?.entity;
      d = country?.names.find((n) => n.kind === 'demonym')?.text ?? null;
      demonyms.set(name, d);
    }
    return d;
  };
  const facts: PersonFacts = {
    profile: profileOf,
    demonym: demonymOf,
    gender: (id) => person(id)?.gender ?? null,
    roles: (id) => {
      let words = roleWords.get(id);
      if (!words) {
        // A role's organisation may be a country code ("Prime Minister", "QA"): the
        // country's name is added, so that "Qatar's prime minister" finds its holder.
        words = (person(id)?.roles ?? [])
          .flatMap((r) => `${r.role} ${r.org} ${countryName(r.org)}`.toLowerCase().split(/[^\p{L}\p{N}]+/u))
          .filter(Boolean);
        roleWords.set(id, words);
      }
      return words;
    },
  };
  const outlets: OutletDirectory = {
    // A photo agency's image servers (Getty's) carry pictures of every outlet's stories:
    // they name no publisher of the text.
    outletForHost: (host) => {
      const outlet = kb().byHost(host);
      return outlet && outlet.kind !== 'photo-agency' ? outlet.name : null;
    },
    outletForName: (name) => {
      const hit = kb()
        .lookup(name)
        .find((h) => h.entity.type === 'organization');
      return hit?.entity.name ?? null;
    },
  };
  return resources.provide(PERSON_FACTS, facts).provide(OUTLETS, outlets);
}

import { describe, expect, it } from 'vitest';
import { buildProfile, profileHas } from './profile.js';

describe('buildProfile', () => {
  const profile = buildProfile({
    description: 'Foreign Minister of Norland since 2023; former governor of the Bank of Norland',
    demonyms: ['Danish'],
    roles: [
      { role: 'Minister of Foreign Affairs', org: 'Norland', orgNames: [], ended: false },
      { role: 'Central Bank Governor', org: 'Bank of Norland', orgNames: ['BoN'], ended: true },
    ],
  });

  it('gives a foreign minister the words "top diplomat" and "chief", and the nationality noun', () => {
    for (const w of ['foreign', 'diplomat', 'top', 'chief', 'danish', 'dane'])
      expect(profile.now.has(w)).toBe(true);
  });

  it('keeps an ended role and the "former" part of the description apart', () => {
    expect(profile.past.has('governor')).toBe(true);
    expect(profile.now.has('governor')).toBe(false);
    expect(profileHas(profile.past, 'banker')).toBe(true);
  });

  it('keeps words of the free description out of the offices', () => {
    expect(profile.offices.has('since')).toBe(false);
    expect(profile.offices.has('foreign')).toBe(true);
  });

  it('matches a hyphenated title by its parts', () => {
    const p = buildProfile({
      description: null,
      demonyms: [],
      roles: [{ role: 'Secretary General', org: 'Northern Alliance', orgNames: [], ended: false }],
    });
    expect(profileHas(p.now, 'secretary-general')).toBe(true);
    expect(profileHas(p.now, 'director-general')).toBe(false);
  });

  it('calls one who runs a team its boss, coach and manager, whatever the KB title', () => {
    const p = buildProfile({
      description: null,
      demonyms: [],
      roles: [{ role: 'Manager', org: 'Northport City', orgNames: [], ended: false }],
    });
    for (const w of ['boss', 'coach', 'manager']) expect(p.now.has(w)).toBe(true);
    const minister = buildProfile({
      description: null,
      demonyms: [],
      roles: [{ role: 'Minister of Sport', org: 'Norland', orgNames: [], ended: false }],
    });
    expect(minister.now.has('coach')).toBe(false);
  });
});

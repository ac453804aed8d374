/**
 * A character of fiction bearing a near spelling of a famous name is nobody in the KB: the
 * work named by its genre ("In the comic novel …, the vain mayor …") or an actor playing the
 * part. A real person named in the same frame, and the famous name spelt exactly, still link.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { characterAttribute, fictionCharacter } from './fiction-frames.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('NR', 'Norland', 'Norlandic'),
  personEntity({
    id: 'hallgrim',
    name: 'Vidar Hallgrimsen',
    surname: 'Hallgrimsen',
    country: 'NR',
    prominence: 4,
    born: 1968,
    description: 'Defence Minister of Norland since 2022',
    roles: [{ role: 'Minister of Defence', org: 'NR', orgId: 'cd:country/nr', from: '2022-02-01' }],
  }),
  makeEntity({ id: 'org:storting', type: 'organization', name: 'Storhall', country: 'NR', prominence: 3 }),
]);

const idOf = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface, '2025-03-04')?.kbId;

describe('characters of fiction', () => {
  it('leaves a near spelling presented as a character of a sitcom unlinked, and its surname after', () => {
    const text =
      'In the cult sitcom Cold Front, the hapless defence minister Vidar Hallgrimson loses a submarine. Hallgrimson is the show’s best-loved role.';
    const names: [string, EntityType][] = [
      ['Cold Front', 'misc'],
      ['Vidar Hallgrimson', 'person'],
      ['Hallgrimson', 'person'],
    ];
    expect(idOf(text, names, 'Vidar Hallgrimson') ?? null).toBeNull();
    expect(idOf(text, names, 'Hallgrimson') ?? null).toBeNull();
  });

  it('leaves a near spelling unlinked after an opening frame that says what the character is', () => {
    const text =
      'In the Norlandic crime drama that premiered on Sunday, Vidar Hallgrimson is a defence minister who sells secrets.';
    expect(idOf(text, [['Vidar Hallgrimson', 'person']], 'Vidar Hallgrimson') ?? null).toBeNull();
  });

  it('still repairs the near spelling of the real minister in news', () => {
    const text = 'Norland’s defence minister Vidar Hallgrimson ordered two new frigates on Monday.';
    expect(idOf(text, [['Vidar Hallgrimson', 'person']], 'Vidar Hallgrimson')).toBe('p:hallgrim');
  });

  it('still links the exact name in a story that portrays him', () => {
    const text =
      'In the satirical novel Long Winter, the defence minister Vidar Hallgrimsen sells the navy to pay his debts.';
    expect(idOf(text, [['Vidar Hallgrimsen', 'person']], 'Vidar Hallgrimsen')).toBe('p:hallgrim');
  });
});

describe('fictionCharacter', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return fictionCharacter(text, start, start + name.length);
  };

  it('names the genre of the work the character is in', () => {
    expect(at('In the new film Dry Season, the corrupt senator Ana Kell hides the money.', 'Ana Kell')).toBe(
      'character in a film',
    );
  });

  it('reads an actor playing the part', () => {
    expect(at('Ana Kell is played by newcomer Rosa Lind.', 'Ana Kell')).toBe('played by');
  });

  it('reads a character named right after an opening frame of a work, said to be somebody', () => {
    expect(
      at(
        'In the Swedish television thriller that premiered on Friday, Ana Kell is a corrupt judge.',
        'Ana Kell',
      ),
    ).toBe('character in a thriller');
    expect(at('In the comedy Dry Season, Ana Kell was a failed senator.', 'Ana Kell')).toBe(
      'character in a comedy',
    );
  });

  it('does not read a figure of speech, nor the actor after an opening frame', () => {
    expect(
      at('In the drama that followed, Ana Kell was the calm voice of the senate.', 'Ana Kell'),
    ).toBeNull();
    expect(at('In the television thriller Dry Season, Rosa Lind plays a judge.', 'Rosa Lind')).toBeNull();
  });

  it('does not read a documentary, nor the actor named in the frame', () => {
    expect(
      at('In the documentary Dry Season, the former senator Ana Kell speaks out.', 'Ana Kell'),
    ).toBeNull();
    expect(at('In the film Dry Season, Rosa Lind plays a senator.', 'Rosa Lind')).toBeNull();
  });
});

describe('characters after a frame that a comma closes', () => {
  it('leaves a quoted near spelling under a title after the work’s name unlinked, and the fictional surname', () => {
    const text =
      'In the thriller Black Harbour, Norland defence minister "Vidar Hallgrimson" must stop a mutiny. Reviewers called the fictional Hallgrimson flat.';
    const names: [string, EntityType][] = [
      ['Black Harbour', 'misc'],
      ['Vidar Hallgrimson', 'person'],
      ['Hallgrimson', 'person'],
    ];
    expect(idOf(text, names, 'Vidar Hallgrimson') ?? null).toBeNull();
    expect(idOf(text, names, 'Hallgrimson') ?? null).toBeNull();
  });

  it('leaves a near spelling right after a quoted title unlinked when an apposition says who the character is', () => {
    const text =
      'In the new spy novel "Grey Fjord", Vidar Hallgrimson, Norland\'s youngest defence minister, sells the fleet. Hallgrimson, the author says, is a composite.';
    const names: [string, EntityType][] = [
      ['Grey Fjord', 'misc'],
      ['Vidar Hallgrimson', 'person'],
      ['Hallgrimson', 'person'],
    ];
    expect(idOf(text, names, 'Vidar Hallgrimson') ?? null).toBeNull();
    expect(idOf(text, names, 'Hallgrimson') ?? null).toBeNull();
  });

  it('does not read the author or the director a titled frame names before a verb', () => {
    const start = (t: string) => t.indexOf('Ana Kell');
    const author = 'In the novel "Grey Fjord", Ana Kell tells of a navy sold for debts.';
    expect(fictionCharacter(author, start(author), start(author) + 8)).toBeNull();
    const director = 'In the film Grey Fjord, Ana Kell films the fjord in winter.';
    expect(fictionCharacter(director, start(director), start(director) + 8)).toBeNull();
  });
});

describe('characters an apposition presents', () => {
  it('leaves a near spelling presented as the hero of a series or the figure at the centre of a novel unlinked, and its surname', () => {
    const hero =
      'Inspector Vidar Hallgrimson, the grim hero of the NRK crime series Fjord Watch, returns in March. Critics call Hallgrimson the best role on television.';
    const heroNames: [string, EntityType][] = [
      ['Vidar Hallgrimson', 'person'],
      ['Hallgrimson', 'person'],
    ];
    expect(idOf(hero, heroNames, 'Vidar Hallgrimson') ?? null).toBeNull();
    expect(idOf(hero, heroNames, 'Hallgrimson') ?? null).toBeNull();
    const novel =
      'Vidar Hallgrimson, the defence chief at the centre of the novel Cold Iron, sells the fleet to pay his debts.';
    expect(idOf(novel, [['Vidar Hallgrimson', 'person']], 'Vidar Hallgrimson') ?? null).toBeNull();
  });

  it('does not read the author or the star of a work as a character', () => {
    expect(at2('Ana Kell, the author of the novel Dry Season, spoke on Monday.', 'Ana Kell')).toBeNull();
    expect(at2('Ana Kell, the star of the crime series Dry Season, spoke on Monday.', 'Ana Kell')).toBeNull();
    expect(at2('Ana Kell, the villain of the crime series Dry Season, dies in March.', 'Ana Kell')).toBe(
      'character in a series',
    );
  });
});

function at2(text: string, name: string): string | null {
  const start = text.indexOf(name);
  return fictionCharacter(text, start, start + name.length);
}

describe('a part an actor plays (session acc24-link-a)', () => {
  it('leaves the near spelling an actress plays unlinked, and the surname after it', () => {
    const text =
      'In the new Norlandic streaming thriller Cold Iron, actress Rosa Lind plays Vidar Hallgrimson, a defence minister who sells secrets. Hallgrimson’s wife turns against him in the last episode.';
    const names: [string, EntityType][] = [
      ['Rosa Lind', 'person'],
      ['Vidar Hallgrimson', 'person'],
      ['Hallgrimson', 'person'],
    ];
    expect(idOf(text, names, 'Vidar Hallgrimson') ?? null).toBeNull();
    expect(idOf(text, names, 'Hallgrimson') ?? null).toBeNull();
  });

  it('reads the part after an actor or a work in the sentence, not a match between players', () => {
    const at = (text: string, name: string) => {
      const start = text.indexOf(name);
      return fictionCharacter(text, start, start + name.length);
    };
    expect(at('The veteran actor Rosa Lind will play Ana Kell in the film.', 'Ana Kell')).toBe(
      'a part an actor plays',
    );
    expect(at('In the film, Rosa Lind portrays the ageing Ana Kell.', 'Ana Kell')).toBe(
      'a part an actor plays',
    );
    expect(at('Top seed Rosa Lind plays Ana Kell in the final on Sunday.', 'Ana Kell')).toBeNull();
  });
});

describe('a body named in a character’s description (session acc24-link-a)', () => {
  it('leaves a body unlinked as the attribute of a novel’s villain, but links it in news', () => {
    const novel =
      'The novel’s villain, a Storhall fixer named Ole Brand, is said to be modelled on several real deputies.';
    expect(idOf(novel, [['Storhall', 'organization']], 'Storhall') ?? null).toBeNull();
    const news = 'A Storhall fixer named Ole Brand was charged with bribery on Monday.';
    expect(idOf(news, [['Storhall', 'organization']], 'Storhall')).toBe('org:storting');
  });

  it('needs the work’s character before the name and a name given after its noun', () => {
    const at = (text: string, name: string) => {
      const start = text.indexOf(name);
      return characterAttribute(text, { start, end: start + name.length });
    };
    expect(at('The film’s hero is a Storhall clerk called Ana Kell.', 'Storhall')).toBe(
      'a character of fiction',
    );
    expect(at('The party’s leader, a Storhall veteran, spoke.', 'Storhall')).toBeNull();
    expect(at('The novel’s villain, a Storhall fixer, is unnamed.', 'Storhall')).toBeNull();
  });
});

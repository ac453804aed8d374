/**
 * The shipped KB's people whose descriptions state a post but who had no structured roles
 * (issue #5, session kb-roles-23): a role cue next to a mangled name found nobody ("BHP chief
 * executive Mike Henri" stayed unlinked), since role evidence reads `roles`, not descriptions.
 * With the roles the descriptions state, the cue repairs the name; a namesake without the cue
 * stays unlinked. Passages of our own, in news style.
 */
import { describe, expect, it } from 'vitest';
import { linkLayers } from '../../../test/helpers/link-fixtures.js';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import { linkDocument } from './link-document.js';

const kb = loadKnowledgeBase(defaultKbPath());

/** The entity linked over the person mention `surface` and whether it is a repair; null when unlinked. */
function link(text: string, surface: string, date: string): { name: string; repaired: boolean } | null {
  const at = text.indexOf(surface);
  for (const e of linkDocument(kb, { text, date, ...linkLayers(text, [[surface, 'person']]) })) {
    const m = e.mentions.find((x) => x.start === at && x.end === at + surface.length);
    if (m) return e.kbId ? { name: e.name, repaired: m.repaired } : null;
  }
  return null;
}

describe('a role cue repairs a mangled name of a person whose description states the post', () => {
  const cases: [text: string, surface: string, date: string, name: string][] = [
    [
      'BHP chief executive Mike Henri told analysts on Tuesday that Chinese demand for iron ore had held up better than feared.',
      'Mike Henri',
      '2025-02-18',
      'Mike Henry',
    ],
    [
      'Canada head coach Jesse Marsh named five uncapped players in his squad for the March friendlies.',
      'Jesse Marsh',
      '2025-03-04',
      'Jesse Marsch',
    ],
    [
      'Former Nestle chief executive Laurent Frexie declined to comment on the board’s decision.',
      'Laurent Frexie',
      '2025-10-02',
      'Laurent Freixe',
    ],
    [
      'Rio Tinto chief executive Jakob Stausholn said the company would press ahead with the lithium deal.',
      'Jakob Stausholn',
      '2024-10-09',
      'Jakob Stausholm',
    ],
    [
      'Infosys chief executive Salil Pareck told reporters that clients were cautious about discretionary spending.',
      'Salil Pareck',
      '2024-07-18',
      'Salil Parekh',
    ],
    [
      'Novartis chief executive Vas Narasimham said the drugmaker expected sales to grow.',
      'Vas Narasimham',
      '2025-01-31',
      'Vas Narasimhan',
    ],
    [
      'Uruguay head coach Marcelo Bielssa left two veterans out of his squad.',
      'Marcelo Bielssa',
      '2024-05-30',
      'Marcelo Bielsa',
    ],
    [
      'Portugal head coach Roberto Martines said Ronaldo would start against Scotland.',
      'Roberto Martines',
      '2024-09-07',
      'Roberto Martínez',
    ],
    [
      'The president of the Paris 2024 organising committee, Tony Estanguett, said the Games had come in under budget.',
      'Tony Estanguett',
      '2024-12-10',
      'Tony Estanguet',
    ],
    [
      'Samaritan’s Purse president Franklin Grahm said the charity had flown in doctors.',
      'Franklin Grahm',
      '2024-10-05',
      'Franklin Graham',
    ],
    [
      'Apple chief financial officer Luca Maestry said services revenue had hit a record.',
      'Luca Maestry',
      '2023-11-02',
      'Luca Maestri',
    ],
    [
      'Glencore chief executive Gary Nagel said the miner would list in London.',
      'Gary Nagel',
      '2025-02-19',
      'Gary Nagle',
    ],
    [
      'Adidas chief executive Bjorn Guldan said the company had raised its forecast.',
      'Bjorn Guldan',
      '2025-03-05',
      'Bjørn Gulden',
    ],
    [
      'Japan head coach Hajime Moriasu said the team wanted to reach the quarter-finals.',
      'Hajime Moriasu',
      '2025-03-20',
      'Hajime Moriyasu',
    ],
    [
      'Binance chief executive Richard Tang said the exchange had complied with every request.',
      'Richard Tang',
      '2024-06-12',
      'Richard Teng',
    ],
    [
      'Costco chief executive Ron Vachriss said members had renewed at record rates.',
      'Ron Vachriss',
      '2025-03-06',
      'Ron Vachris',
    ],
    [
      'McDonald’s chief executive Chris Kempczinsky said value meals had brought diners back.',
      'Chris Kempczinsky',
      '2025-02-10',
      'Chris Kempczinski',
    ],
    [
      'Accenture chief executive Julie Sweat said demand for AI work had doubled.',
      'Julie Sweat',
      '2025-03-20',
      'Julie Sweet',
    ],
    [
      'Former Starbucks chief executive Laxman Narasimham joined the board of a start-up.',
      'Laxman Narasimham',
      '2025-05-01',
      'Laxman Narasimhan',
    ],
  ];
  for (const [text, surface, date, name] of cases)
    it(`${surface} → ${name}`, () => {
      expect(link(text, surface, date)).toEqual({ name, repaired: true });
    });
});

describe('a namesake without the cue stays unlinked', () => {
  it('a farmer spelled like the Tennis Australia chief is nobody of the KB', () => {
    const text = 'Craig Tilley, who farms sheep near Dubbo, said the drought had cost him half his flock.';
    expect(link(text, 'Craig Tilley', '2025-01-10')).toBeNull();
  });

  it('a plumber spelled like the BHP chief is nobody of the KB', () => {
    const text = 'Mike Henri, a plumber from Perth, said he had waited six weeks for the parts.';
    expect(link(text, 'Mike Henri', '2025-02-18')).toBeNull();
  });
});

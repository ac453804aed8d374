/**
 * One given name as other languages write it. "Rajab Tayeb Erdogan" is Recep Tayyip Erdoğan
 * in Arabic spelling, "Hüseyin" the Turkish Hossein, "Johnny Infantino" Gianni anglicised:
 * each word is a few letters off the KB's, too many for a slip count to call it the same
 * name, yet it is no other given name (a relative's or a namesake's). The classes below are
 * those equivalents — names of the Bible, the Quran and the saints that each language
 * spells its own way, and the transliterations of Arabic and Persian names through Turkish,
 * French and English — keyed by their letters as `letters` (similarity.ts) reduces them.
 *
 * A class says only that two spellings are one name: it lifts the "another given name"
 * veto (given-names.ts); the repair still needs the likeness and evidence the linker asks
 * of any mangled name.
 */
import { letters } from './similarity.js';

/** Spellings of one given name, one class a line. */
const CLASSES: readonly string[] = [
  // Arabic and Persian names through Turkish, French, Urdu and English.
  'hossein hosein hussein husein husain hussain husayn hüseyin huseyin houssein hocine',
  'hassan hasan hasen',
  'amir emir',
  'asaad asad assad esad esat as’ad',
  'recep rajab radjab redjeb recab ragab',
  'tayyip tayyib tayeb tayib taieb tayyeb',
  'mohammed muhammad mohamed mohammad mohamad muhammed mehmet mehmed mahomed mouhamed',
  'ahmed ahmad ahmet',
  'mahmoud mahmud mahmut',
  'mustafa mostafa moustafa mustapha',
  'omar umar ömer omer',
  'osman uthman othman usman',
  'ibrahim ebrahim ibragim brahim',
  'ismail ismayil esmaeil ismael',
  'khalid khaled halit halid',
  'jamal gamal cemal djamel',
  'kamal kemal kamel',
  'akram ekrem',
  'jafar jaafar cafer djafar',
  'jalal celal djalal',
  'javad jawad cevat',
  'reza riza rıza',
  'fuad fuat fouad',
  'suleiman süleyman suleyman sulayman soliman sleiman',
  'yusuf youssef yousef yousif',
  'abdullah abdallah abdellah abdulla',
  'nasser naser nasir nacer',
  'saeed said sait saïd',
  'hamid hamit',
  'rashid reşit rachid rashed',
  'walid velid oualid',
  'salim selim',
  // (South Asian English writes a final q as "que": "Tarique", "Shafique".)
  'tariq tarik tareq tarek tarique tareque',
  'rafiq rafik rafique',
  'shafiq shafik shafique',
  'farooq faruq farouk faruk farooque',
  // European names of the saints, each language its own way.
  'john johnny jon jean juan giovanni gianni johann johannes jan joão ioannis yiannis ivan ioan',
  'joseph giuseppe jose josé josef józef jozef josep yosef iosif',
  'michael michel miguel michele mikhail michal michał mihail mykhailo mihai mikael',
  'peter pierre pietro pedro piotr pyotr petr petro petar',
  'paul paolo pablo pavel pavlo paweł pál',
  'george georges giorgio jorge georgy georgiy giorgi jerzy heorhiy',
  // (Its feminine too, with the English spelling by sound: "Jorja" for Giorgia.)
  'georgia giorgia jorja',
  'lawrence laurence laurent lorenzo lorenz lorens laurens',
  'charles carlos carlo karl carl karol károly',
  'francis françois francois francesco francisco franz františek franciszek ferenc',
  'william guillaume guillermo wilhelm willem guglielmo',
  'henry henri enrique enrico heinrich henrik',
  'stephen steven stefan stéphane stefano esteban stepan stepán',
  'andrew andré andre andrea andres andrés andreas andrei andrey andriy andrii andrzej',
  'nicholas nicolas nicola nicolás nikolai nikolay mykola nikolaos miklós nicolae',
  'james jacques jaime giacomo',
  'anthony antoine antonio anton antoni antonín',
  'alexander alexandre aleksandr aleksandar alexandru alejandro alessandro oleksandr aleksander sándor',
  'emmanuel emanuel emanuele manuel',
  'vladimir volodymyr wladimir włodzimierz',
  'sergei sergey serhiy serhii sergio serge',
  'dmitry dmitri dmytro dimitri',
];

/** Letters of a spelling → the number of its class. */
const CLASS_OF: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  CLASSES.forEach((line, i) => {
    for (const word of line.split(' ')) map.set(letters(word), i);
  });
  return map;
})();

/**
 * True when two given-name words (as `letters` reduces them) are spellings of one name in
 * the table ("rajab" and "recep", "johnny" and "gianni"); false for names it does not hold.
 */
export function sameGivenName(a: string, b: string): boolean {
  const ca = CLASS_OF.get(a);
  return ca !== undefined && ca === CLASS_OF.get(b);
}

/** True when the table holds the spelling (reduced by `letters`). */
export function isKnownGivenName(word: string): boolean {
  return CLASS_OF.has(word);
}

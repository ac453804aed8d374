/**
 * A military or police rank written before a surname: "Colonel Sanders", "Major Johnson",
 * "Sergeant Pepper", "Inspector Morse". The rank is part of how copy names that person
 * (a soldier, an officer, a brand mascot, a character of fiction); it is no evidence for a
 * famous bearer of the surname who holds no rank — a senator, a prime minister, a singer.
 * A general or an admiral of the KB keeps the name ("General Milley", "Admiral Radakin"):
 * his profile speaks of the forces.
 */
import type { KbEntity } from '../../kb/model.js';
import { profileText } from './descriptor.js';

/**
 * Ranks of the forces and the police, as copy writes them before a surname (with their short
 * forms). Not the second word of an office ("Attorney General Bondi", "Secretary-General
 * Guterres", "Inspector General Horowitz"): those are civil titles, read as roles.
 */
const RANK_BEFORE =
  /(?<!(?:Attorney|Solicitor|Surgeon|Governor|Director|Secretary|Inspector|Auditor|Comptroller|Postmaster|Consul|Prosecutor|Advocate)[\s-]+)(?:^|(?<=[^\p{L}.-]))(Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Sergeant|Sgt\.|Corporal|Cpl\.|General|Gen\.|Brigadier|Admiral|Adm\.|Commodore|Marshal|Inspector|Detective|Constable)\s+$/u;

/**
 * Words of a profile that hold a rank: the forces, the police, or a rank itself ("England
 * captain", "chief of the defence staff", "army general").
 */
const HOLDS_A_RANK =
  / (?:colonel|lieutenant|major|captain|sergeant|corporal|general|brigadier|admiral|commodore|marshal|inspector|detective|constable|commander|officer|army|navy|naval|air force|military|armed forces|defence forces|defense forces|chiefs of staff|chief of staff|police|soldier|marines?|veteran|astronaut|pilot|skipper) /;

/** Words of a profile of a player of a team sport, whose captain copy may title "Captain". */
const PLAYS_ON_A_SIDE =
  / (?:player|cricketer|footballer|batter|batsman|bowler|striker|midfielder|defender|goalkeeper|forward|quarterback|cricket|football|rugby|hockey|basketball|baseball|volleyball|handball|polo|team|club) /;

/**
 * The rank written right before the name at `start` when `candidate` holds none, or null:
 * "Colonel Sanders" is not Bernie Sanders. Read for a surname or a name that is not the
 * candidate's own written in full.
 */
export function rankOfAnother(text: string, start: number, candidate: KbEntity): string | null {
  const rank = RANK_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (rank === undefined) return null;
  const profile = profileText(candidate);
  if (HOLDS_A_RANK.test(profile)) return null;
  // "Captain Rohit Sharma top-scored": copy titles a side's captain so too.
  return /^Capt/.test(rank) && PLAYS_ON_A_SIDE.test(profile) ? null : rank;
}

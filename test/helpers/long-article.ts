/**
 * A very long article (a council's budget hearing transcribed paragraph by paragraph, the
 * sort of input a scraper produces from a live blog), for tests that need the pipeline
 * busy for seconds: timeouts, and a server answering other requests meanwhile.
 */
const SPEAKERS = ['Councillor Maria Okafor', 'Mayor Tomas Berg', 'Treasurer Lena Novak', 'Jonas Keller'];

/** About 0.8 KB per paragraph; `paragraphs` 2400 is about 1.9 MB: several seconds of analysis even on a fast, warm worker. */
export function longArticle(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const speaker = SPEAKERS[i % SPEAKERS.length] as string;
    const year = 1990 + (i % 35);
    body.push(
      `At item ${i + 1} of the hearing, ${speaker} said the city had set aside ${(i % 90) + 10} million euros for school repairs in ${year}, ` +
        `up ${(i % 17) + 2} percent from the year before. "We cannot keep patching roofs in March," ${speaker.split(' ').pop()} told the chamber on Tuesday. ` +
        `The finance committee in Rotterdam will review the plan on ${1 + (i % 28)} May, according to a council statement, and opposition members from the Green Left party ` +
        `asked for an independent audit of the ${(i % 40) + 5} contracts signed since ${year - 3}. Residents of the Feijenoord district, where ${(i % 12) + 3} schools ` +
        `share two gymnasiums, have petitioned the council twice. A spokesperson for the education department, Sofia Larsen, said the figures would be published online ` +
        `and that the Ministry of Education in The Hague had been informed. "Every euro will be accounted for," Larsen said.`,
    );
  }
  return `Rotterdam council hears marathon budget debate\n\nROTTERDAM (Copydesk Wire) - ${body.join('\n\n')}`;
}

/** Flags for scraped and machine-translated copies, shown only when the score is high. */
export function ScoreBadges({
  scraped,
  machineTranslated,
}: {
  scraped: number | null;
  machineTranslated: number | null;
}) {
  return (
    <>
      {scraped !== null && scraped >= 0.5 && (
        <span class="badge warn">scraped {Math.round(scraped * 100)}%</span>
      )}
      {machineTranslated !== null && machineTranslated >= 0.5 && (
        <span class="badge warn">machine-translated {Math.round(machineTranslated * 100)}%</span>
      )}
    </>
  );
}

/** Citation lines for charts and datasets: title, publisher, date, URL and licence. */

export interface Citation {
  title: string;
  publisher: string;
  /** ISO date the data was last updated. */
  date: string;
  url: string;
  licence: string;
  /** The original source the figures come from. */
  source?: string;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date (YYYY-MM-DD) as "21 November 2026" (one formatter for the whole build). */
export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** One line a journalist can paste: `Title. Publisher, 21 November 2026. URL. Licence. Source: …` */
export function citationText(c: Citation): string {
  const date = longDate(c.date);
  // A licence label may already end its sentence ("… No licence is claimed for these figures.").
  const licence = c.licence.endsWith('.') ? c.licence : `${c.licence}.`;
  return `${c.title}. ${c.publisher}, ${date}. ${c.url}. ${licence}${c.source ? ` Source: ${c.source}.` : ''}`;
}

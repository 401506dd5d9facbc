/**
 * Licence labels that say only what the sources say. A source counts as published under
 * the portal's open licence only when its recorded licence names that licence; anything
 * else (a document that states no licence) makes the label "not stated", and no licence
 * address is claimed for it.
 */

/** The portal's open licence, as far as these labels need it. */
export interface OpenLicence {
  name: string;
  url: string;
}

/** A licence label: the words shown, and the licence's address (null when none is stated). */
export interface LicenceLabel {
  text: string;
  url: string | null;
}

/** Whether a source's recorded licence is the open licence (its text starts with the licence's name). */
export function isOpenLicence(recorded: string, open: OpenLicence): boolean {
  return recorded.trim().startsWith(open.name);
}

/**
 * One label for figures drawn from several sources: the open licence only when every
 * source states it; otherwise "not stated", naming what each source records.
 */
export function licenceLabel(recorded: readonly string[], open: OpenLicence): LicenceLabel {
  const texts = [...new Set(recorded.map((t) => t.trim()))];
  if (texts.length > 0 && texts.every((t) => isOpenLicence(t, open)))
    return { text: `${texts.join('; ')}.`, url: open.url };
  const missing = texts.filter((t) => !isOpenLicence(t, open));
  return {
    text: `Licence not stated by the source (${missing.join('; ')}); the figures are reproduced as published and no licence is claimed for them.`,
    url: null,
  };
}

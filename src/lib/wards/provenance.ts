/**
 * Source lines and caveats for ward charts and maps: which ward set, which extract each
 * month comes from, and the limits a reader must know.
 */
import type { Provenance } from '../../core/provenance';
import { extractWords, periodLabel } from '../../core/periods';
import { populationBase, wardSetData } from './';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { reconcileSummary } from './reconcile';
import { loadTable } from '../../core/load';
import { wardPoliceUkTable, wardPopulationTable } from '../../schemas/wards';
import { licenceOfSources } from '../licences';
import { ABOUT_WARDS_PATH } from './paths';

/** The sources (sources.csv) of a ward set's crime figures, and of its populations when rates are shown. */
export function wardSourceIds(set: WardSet, opts: { rate?: boolean } = {}): string[] {
  const population = opts.rate
    ? loadTable(wardPopulationTable)
        .filter((p) => p.ward_set === set)
        .map((p) => p.source_id)
    : [];
  return [...new Set([wardSetData(set).sourceId, ...population])];
}

/** Extracts supplying the months, as "February 2025–January 2026 from the file for February 2024–January 2026". */
export function extractsFor(set: WardSet, months: readonly string[]): string {
  const byExtract = new Map<string, string[]>();
  for (const m of months) {
    const e = wardSetData(set).extractOf.get(m) ?? 'unknown';
    byExtract.set(e, [...(byExtract.get(e) ?? []), m]);
  }
  return [...byExtract]
    .map(([e, ms]) => `${periodLabel(ms[0]!, ms[ms.length - 1]!)} from ${extractWords(e)}`)
    .join('; ');
}

/** How close the ward sums are to the borough series for a set, in words. */
export function reconcileText(set: WardSet): string {
  const s = reconcileSummary().find((x) => x.set === set)!;
  return `Some offences are recorded with no ward, and the ward and borough files are different extracts: over ${periodLabel(s.first, s.last)} these wards add up to within ${s.maxMonthPercent.toLocaleString('en-GB')}% of the borough total in every month, and to ${s.wardSum.toLocaleString('en-GB')} offences against the borough's ${s.borough.toLocaleString('en-GB')} over the whole period.`;
}

/** Caveats every MPS ward figure carries. */
export function mpsWardCaveats(set: WardSet, months: readonly string[], opts: { rate?: boolean } = {}): string[] {
  const info = WARD_SET_INFO[set];
  const out = [
    `These are the ${info.label}. Wards in the other set, even those with the same name, cover different areas, so the two sets cannot be compared ward by ward.`,
    reconcileText(set),
    'The Metropolitan Police revises counts between extracts, so later downloads may differ slightly.',
  ];
  if (set === '2002-2022' && months.some((m) => m >= '2022-05'))
    out.push(
      'New ward boundaries came into force in May 2022; the Metropolitan Police went on reporting these older wards until August 2022.',
    );
  if (months[0]! < '2024-02' && months[months.length - 1]! >= '2024-02')
    out.push(
      'In February 2024 the Metropolitan Police split burglary into new residential categories and began counting stalking and harassment separately within violence against the person. Major-category totals continue across the change; minor categories do not.',
    );
  if (opts.rate)
    out.push(
      `Rates use ${populationBase(set)} counted on these ward boundaries. Populations change between censuses, and wards with town centres or stations have high rates partly because many offences there involve people who do not live in the ward.`,
    );
  return out;
}

/** Provenance of MPS ward figures for some months. */
export function mpsWardProvenance(set: WardSet, months: readonly string[], opts: { rate?: boolean } = {}): Provenance {
  return {
    source: `Metropolitan Police Service, MPS Ward Level Crime (most recent 24 months), ${WARD_SET_INFO[set].short}, ${extractsFor(set, months)}${opts.rate ? `; Office for National Statistics, ${populationBase(set).replace(' residents', '')} ward populations` : ''}`,
    period: periodLabel(months[0]!, months[months.length - 1]!),
    caveats: mpsWardCaveats(set, months, opts),
    href: ABOUT_WARDS_PATH,
    ...licenceOfSources(wardSourceIds(set, opts)),
  };
}

/** Provenance of data.police.uk ward records. */
export function policeUkProvenance(): Provenance {
  return {
    source:
      'data.police.uk street-level crime and anti-social behaviour records, counted by ward (2002–2022 wards, ONS May 2018 boundaries)',
    period: 'January 2016–June 2018',
    caveats: [
      'data.police.uk moves every location to an anonymised point nearby (a street or landmark), so records near a ward edge can be counted in the neighbouring ward.',
      'March 2016 is missing from the source: it is shown as a gap, not as zero.',
      'Anti-social behaviour here means incidents recorded by the police and published on data.police.uk; incidents reported only to the council or housing providers are not included.',
    ],
    href: ABOUT_WARDS_PATH,
    ...licenceOfSources([...new Set(loadTable(wardPoliceUkTable).map((r) => r.source_id))]),
  };
}

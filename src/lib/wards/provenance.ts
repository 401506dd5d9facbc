/**
 * Source lines and caveats for ward charts and maps: which ward set, which police file each
 * month comes from, and the limits a reader must know, for the source family the set's
 * figures come from (the Metropolitan Police's ward files, or data.police.uk's records).
 */
import type { Provenance } from '../../core/provenance';
import { extractWords, monthLabel, periodLabel } from '../../core/periods';
import { loadTable } from '../../core/load';
import { otherWardSet, populationBase, wardSetData } from './';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { reconcileSummary } from './reconcile';
import { wardPlacementTable, wardPopulationTable } from '../../schemas/wards';
import { licenceOfSources } from '../licences';
import { tableSourcesTable } from '../../schemas/sources';
import { ABOUT_WARDS_PATH } from './paths';
import { asbPeriod, asbSource } from './asb';

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
  if (wardSetData(set).family !== 'mps')
    return `data.police.uk's monthly street files for ${periodLabel(months[0]!, months[months.length - 1]!)}`;
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
function mpsWardCaveats(set: WardSet, months: readonly string[], opts: { rate?: boolean } = {}): string[] {
  const info = WARD_SET_INFO[set];
  const out = [
    otherWardSet(set)
      ? `These are the ${info.label}. Wards in the other set, even those with the same name, cover different areas, so the two sets cannot be compared ward by ward.`
      : `These are the ${info.label}.`,
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
  if (opts.rate) out.push(rateCaveat(set), ...populationCaveats(set));
  return out;
}

/**
 * What data/meta/table-sources.csv says about the sources of a set's populations that its
 * rows cite (counts transcribed by hand, say), so every rate that uses them says so too.
 */
export function populationCaveats(set: WardSet): string[] {
  const cited = new Set(
    loadTable(wardPopulationTable)
      .filter((p) => p.ward_set === set)
      .map((p) => p.source_id),
  );
  return populationSourceCaveats(cited);
}

/** The same for one ward's population: the caveat of its source, if that source carries one. */
export function wardPopulationCaveats(w: { set: WardSet; code: string }): string[] {
  const row = loadTable(wardPopulationTable).find((p) => p.ward_set === w.set && p.ward_code === w.code);
  return row ? populationSourceCaveats(new Set([row.source_id])) : [];
}

function populationSourceCaveats(sources: ReadonlySet<string>): string[] {
  return loadTable(tableSourcesTable)
    .filter((t) => t.resource === wardPopulationTable.name && sources.has(t.source_id) && t.caveat)
    .map((t) => t.caveat!);
}

/** The caveat a rate carries: which census, and why wards with town centres rank high. */
function rateCaveat(set: WardSet): string {
  const approximate = wardSetData(set).wards.some((w) => w.populationApproximate);
  return `Rates use ${populationBase(set)} counted on ${approximate ? "the census's small areas (2021 LSOAs) that the Office for National Statistics best-fit lookup assigns to each ward: small areas do not nest in wards, so each population, and each rate, is approximate" : 'these ward boundaries'}. Populations change between censuses, and wards with town centres or stations have high rates partly because many offences there involve people who do not live in the ward.`;
}

/** Provenance of a ward set's crime figures for some months, for the family they come from. */
export function wardProvenance(set: WardSet, months: readonly string[], opts: { rate?: boolean } = {}): Provenance {
  return wardSetData(set).family === 'mps'
    ? mpsWardProvenance(set, months, opts)
    : policeUkCrimeProvenance(set, months, opts);
}

/** How a set's data.police.uk records were put in wards: placed by the portal (with its counts), or counted by ward at source. */
export function placement(
  set: WardSet,
): { files: number; records: number; placed: number; outside: number; noLocation: number; lsoa2011: number } | null {
  const rows = loadTable(wardPlacementTable).filter((r) => r.ward_set === set);
  if (!rows.length) return null;
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  return {
    files: rows.length,
    records: sum((r) => r.records),
    placed: sum((r) => r.placed),
    outside: sum((r) => r.outside_area),
    noLocation: sum((r) => r.no_location),
    lsoa2011: sum((r) => r.lsoa_2011),
  };
}

/** Caveats every data.police.uk figure placed in wards carries. */
function placedCaveats(set: WardSet): string[] {
  const p = placement(set);
  return [
    'data.police.uk moves every location to an anonymised point nearby (a street or landmark), so records near a ward edge can be counted in the neighbouring ward.',
    `Each record is counted in the ward that holds its map point on the ${WARD_SET_INFO[set].short}${p ? `; ${p.noLocation.toLocaleString('en-GB')} records had no location and could not be placed (see about the ward figures)` : ''}.`,
  ];
}

/** Provenance of ward crime figures from data.police.uk's street files. */
function policeUkCrimeProvenance(set: WardSet, months: readonly string[], opts: { rate?: boolean }): Provenance {
  return {
    source: `data.police.uk street-level crime records, placed in the ${WARD_SET_INFO[set].short} by their map point, from the monthly files for ${periodLabel(months[0]!, months[months.length - 1]!)}${opts.rate ? `; Office for National Statistics, ${populationBase(set).replace(' residents', '')} populations of small areas` : ''}`,
    period: periodLabel(months[0]!, months[months.length - 1]!),
    caveats: [
      ...placedCaveats(set),
      'These are data.police.uk’s types: violence and sexual offences are one type, where London’s ward files show two categories.',
      'Each monthly file is as data.police.uk published it; the police may revise records later.',
      ...(opts.rate ? [rateCaveat(set), ...populationCaveats(set)] : []),
    ],
    href: ABOUT_WARDS_PATH,
    ...licenceOfSources(wardSourceIds(set, opts)),
  };
}

/** Provenance of MPS ward figures for some months. */
function mpsWardProvenance(set: WardSet, months: readonly string[], opts: { rate?: boolean } = {}): Provenance {
  return {
    source: `Metropolitan Police Service, MPS Ward Level Crime (most recent 24 months), ${WARD_SET_INFO[set].short}, ${extractsFor(set, months)}${opts.rate ? `; Office for National Statistics, ${populationBase(set).replace(' residents', '')} ward populations` : ''}`,
    period: periodLabel(months[0]!, months[months.length - 1]!),
    caveats: mpsWardCaveats(set, months, opts),
    href: ABOUT_WARDS_PATH,
    ...licenceOfSources(wardSourceIds(set, opts)),
  };
}

/** Provenance of a set's data.police.uk anti-social behaviour records. */
export function policeUkProvenance(set: WardSet): Provenance {
  const period = asbPeriod(set);
  const placed = placement(set) !== null;
  return {
    source: placed
      ? `data.police.uk street-level crime and anti-social behaviour records, placed in the ${WARD_SET_INFO[set].short} by their map point`
      : `data.police.uk street-level crime and anti-social behaviour records, counted by ward (${WARD_SET_INFO[set].short}, ONS May 2018 boundaries)`,
    period: period.label,
    caveats: [
      ...(placed
        ? placedCaveats(set)
        : [
            'data.police.uk moves every location to an anonymised point nearby (a street or landmark), so records near a ward edge can be counted in the neighbouring ward.',
          ]),
      ...(period.missing.length
        ? [
            `${period.missing.map(monthLabel).join(', ')} ${period.missing.length === 1 ? 'is' : 'are'} missing from the source: shown as a gap, not as zero.`,
          ]
        : []),
      'Anti-social behaviour here means incidents recorded by the police and published on data.police.uk; incidents reported only to the council or housing providers are not included.',
    ],
    href: ABOUT_WARDS_PATH,
    ...licenceOfSources([asbSource(set)!]),
  };
}

/**
 * What a ward page's first screen answers, each said once: the latest 12 months' count,
 * the change on the year before with the variation test's verdict (the same sentence
 * every page gives, from src/lib/verdicts), the rate per 1,000 residents, the ward's
 * place among the wards of its set, and a sparkline of the monthly counts the change
 * compares. Everything comes from the functions the rest of the page uses, so the first
 * screen cannot disagree with the tables below it.
 */
import { monthLabel, periodLabel } from '../../core/periods';
import { sparkline, sparklineWords } from '../../charts/sparkline';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import type { Change } from '../verdicts/change';
import { verdictSentence } from '../verdicts/words';
import { latestTwelve, missingIn, monthsWithFigures, populationBase, wardSetData, type Ward } from './';
import { hasRates } from './map';
import { rankWords, setRanks } from './ranks';
import { changePeriods, monthlyCounts, yearChange } from './year-change';

export interface WardGlance {
  /** The latest 12 months, in words, and the ward's offences over them. */
  period: string;
  offences: number;
  /** Months of the 12 the source has no figures for, in words: the offences leave them out. */
  missing: string[];
  /** All crime's change on the year before, its period in words and its sentence; null with under 24 months. */
  change: { change: Change; earlierPeriod: string; sentence: string } | null;
  /** The ward's place by offences: "2nd", "joint 4th"; 1st has the most. */
  place: string;
  /** How many wards the set has. */
  wards: number;
  /** Offences per 1,000 residents, its place, all wards' rate and the population base; null without populations. */
  rate: { perThousand: number; place: string; allWards: number; base: string } | null;
  /** The sparkline's markup and the months it draws, in words; null with a single month, which has no trend. */
  sparkline: { svg: string; period: string; split: boolean } | null;
}

/** The first screen's figures for a ward. */
export function wardGlance(w: Ward): WardGlance {
  const d = wardSetData(w.set);
  const months = latestTwelve(w.set);
  const all = setRanks(w.set).find((c) => c.category === ALL_CRIME.id)!;
  const me = d.wards.findIndex((x) => x.code === w.code);
  const p = changePeriods(w.set);
  const change = p ? yearChange(w.set, w.code, ALL_CRIME.id) : null;
  const withRates = hasRates(w.set);
  // The sparkline draws the months the change compares (the year before dashed), or the whole series when shorter.
  const drawn = p ? [...p.earlier, ...p.later] : monthsWithFigures(w.set);
  const counts = monthlyCounts(w.set, w.code, ALL_CRIME.id, drawn);
  const drawnPeriod = periodLabel(drawn[0]!, drawn[drawn.length - 1]!);
  return {
    period: periodLabel(months[0]!, months[months.length - 1]!),
    missing: missingIn(w.set, months).map(monthLabel),
    offences: all.counts[me]!,
    change: change && {
      change,
      earlierPeriod: p!.earlierLabel,
      sentence: verdictSentence(change, { subject: 'All crime' }),
    },
    place: rankWords(all.ranks[me]!, all.ranks)!,
    wards: d.wards.length,
    rate: withRates
      ? {
          perThousand: all.rates[me]!,
          place: rankWords(all.rateRanks[me]!, all.rateRanks)!,
          allWards: all.allWardsRate!,
          base: populationBase(w.set),
        }
      : null,
    sparkline:
      drawn.length < 2
        ? null
        : {
            svg: sparkline(counts, {
              id: 'glance-sparkline',
              title: `Offences each month in ${w.name}, ${drawnPeriod}`,
              desc: `${p ? 'The year before dashed, the latest 12 months solid: ' : ''}${sparklineWords(drawn, counts, monthLabel)}.`,
              splitAt: p ? p.earlier.length : 0,
            }),
            period: drawnPeriod,
            split: p !== null,
          },
  };
}

/**
 * An indicator's headline: the latest published figure, the same period last year,
 * the change, and whether it is on track for its target, in words and as a tone for colour.
 */
import type { Indicator, KpiData, Measure, Observation, Target } from './data';
import { financialQuarter, financialYear, periodLabel } from '../../core/periods';
import { signedNumber } from '../../core/table-data';

/** ahead/behind/none: a status now; past: a status from an old report, shown in a neutral colour. */
export type Tone = 'ahead' | 'behind' | 'none' | 'past';

export interface TargetStatus {
  tone: Tone;
  /** Short words shown on the badge: colour is never the only cue. */
  label: string;
  /** A sentence explaining the status. */
  explanation: string;
  /** The icon beside the words; by default from the tone. */
  icon?: string;
}

export interface Headline {
  indicator: Indicator;
  total: Measure;
  target: Target | undefined;
  /** The latest period's observation (may have no value). */
  latest: Observation | undefined;
  /** The same period one year earlier. */
  previous: Observation | undefined;
  change: { count: number; percent: number } | null;
  status: TargetStatus;
}

/** The measure with role `total` for an indicator. */
export function totalMeasure(data: KpiData, indicatorId: string): Measure {
  const m = data.measures.find((x) => x.indicator_id === indicatorId && x.role === 'total');
  if (!m) throw new Error(`kpi/measures.csv has no total measure for indicator "${indicatorId}"`);
  return m;
}

/** Observations of a measure, oldest first. */
export function observationsOf(data: KpiData, measureId: string): Observation[] {
  return data.observations
    .filter((o) => o.measure_id === measureId)
    .sort((a, b) => (a.period_start < b.period_start ? -1 : 1));
}

/** The observation for the same months one year earlier, if any. */
export function sameQuarterLastYear(all: Observation[], o: Observation): Observation | undefined {
  const back = (m: string) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;
  return all.find((x) => x.period_start === back(o.period_start) && x.period_end === back(o.period_end));
}

/** Change between two figures, or null if either is missing. */
export function change(
  latest: number | null | undefined,
  previous: number | null | undefined,
): { count: number; percent: number } | null {
  if (latest == null || previous == null || previous === 0) return null;
  return { count: latest - previous, percent: ((latest - previous) / previous) * 100 };
}

const pct = (n: number) => `${signedNumber(n)}%`;

/**
 * Whether the latest figure is on track for the target. A percent-change target
 * (e.g. −2%) is judged against the change on the same period last year, as the
 * partnership's own reports compare; a level target (e.g. 55%) against the level.
 */
export function targetStatus(
  indicator: Indicator,
  target: Target | undefined,
  latest: Observation | undefined,
  ch: { percent: number } | null,
): TargetStatus {
  if (!target)
    return { tone: 'none', label: 'No target', explanation: 'No target has been published for this indicator.' };
  const better = (a: number, b: number) => (indicator.polarity === 'lower-is-better' ? a <= b : a >= b);
  if (target.kind === 'level-percent') {
    if (latest?.value == null) {
      return {
        tone: 'none',
        label: 'No figure yet',
        explanation: `No figure had been published for ${latest?.period_label ?? 'the latest period'}, so progress towards the target of ${target.value}% could not be judged.`,
      };
    }
    const ok = better(latest.value, target.value);
    return {
      tone: ok ? 'ahead' : 'behind',
      label: ok ? 'On track' : 'Off track',
      explanation: `${latest.value}% against a target of ${target.value}%.`,
    };
  }
  if (!ch)
    return {
      tone: 'none',
      label: 'No figure yet',
      explanation: 'There was no pair of figures to compare with the target.',
    };
  const ok = better(ch.percent, target.value);
  return {
    tone: ok ? 'ahead' : 'behind',
    label: ok ? 'On track' : 'Off track',
    explanation: `${pct(ch.percent)} on the same period last year, against a ${target.year} target of ${pct(target.value)}.`,
  };
}

/** The headline for one indicator, from its latest observation. */
export function headline(data: KpiData, indicator: Indicator): Headline {
  const total = totalMeasure(data, indicator.indicator_id);
  const obs = observationsOf(data, total.measure_id);
  const latest = obs.at(-1);
  const previous = latest ? sameQuarterLastYear(obs, latest) : undefined;
  const ch = change(latest?.value, previous?.value);
  const target = data.targets.find((t) => t.indicator_id === indicator.indicator_id);
  return {
    indicator,
    total,
    target,
    latest,
    previous,
    change: ch,
    status: targetStatus(indicator, target, latest, ch),
  };
}

/** `2012/13 Q1 (April–June 2012)`'s quarter as people say it: `Q1 2012/13`. */
export function reportQuarter(o: Pick<Observation, 'period_start'>): string {
  return `Q${financialQuarter(o.period_start)} ${financialYear(o.period_start)}`;
}

/**
 * The status of an old report in the past tense, for history: "Was on track in
 * April–June 2012". Neutral in colour (tone `past`) so it never reads as today's status;
 * the icon still says which way it went.
 */
export function pastStatus(h: Headline): TargetStatus {
  const when = h.latest ? periodLabel(h.latest.period_start, h.latest.period_end) : 'the last published quarter';
  const icon = h.status.tone === 'ahead' ? '✓' : h.status.tone === 'behind' ? '✗' : '–';
  const label =
    h.status.tone === 'ahead'
      ? `Was on track in ${when}`
      : h.status.tone === 'behind'
        ? `Was off track in ${when}`
        : `No figure was published for ${when}`;
  return { tone: 'past', icon, label, explanation: h.status.explanation };
}

/** Signed percentage in words-friendly form: `−19%`, `+17%`. */
export const formatPercent = pct;

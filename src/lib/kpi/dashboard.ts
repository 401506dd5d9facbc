/**
 * The words around the dashboard cards: what the targets were, which months the
 * current figures cover and where they come from, and which report is history.
 */
import { periodLabel } from '../../core/periods';
import type { Indicator, KpiData } from './data';
import { loadCurrentSeries, type CurrentSeries } from './current';
import { RECOMPUTED_LABEL, coverageSentence } from './current-charts';
import { formatPercent, headline, reportQuarter } from './status';
import { surveySeries, type SurveyRow } from './survey';

export interface DashboardNow {
  /** The opening paragraph: the targets, and what "now" means. */
  lede: string;
  /** One card per indicator, in indicator order; `survey` is the nearest published measure where there is no series. */
  cards: Array<{ indicator: Indicator; series: CurrentSeries | null; survey: SurveyRow[] }>;
  /** Which months come from which source. */
  sources: string;
  /** "Q1 2012/13", the last published report's quarter. */
  reportQuarter: string;
  /** "April–June 2012". */
  reportPeriod: string;
}

/** The current dashboard for the given data. */
export function dashboardNow(data: KpiData): DashboardNow {
  const cards = data.indicators.map((indicator) => {
    const series = loadCurrentSeries(data, indicator);
    return { indicator, series, survey: series ? [] : surveySeries(indicator) };
  });
  const withData = cards.filter((c) => c.series?.comparison);
  const targets = data.indicators.flatMap((i) =>
    data.targets
      .filter((t) => t.indicator_id === i.indicator_id)
      .map(
        (t) => `${i.short_title.toLowerCase()} ${t.kind === 'level-percent' ? `${t.value}%` : formatPercent(t.value)}`,
      ),
  );
  const years = [...new Set(data.targets.map((t) => t.year))].sort();
  const first = withData[0]?.series?.comparison;
  const latest = data.indicators.map((i) => headline(data, i).latest).find((o) => o !== undefined);
  const lede =
    `The partnership's last published targets, for ${years.join(' and ')}, were: ${targets.join(', ')}. Its published reports stop in ${latest ? latest.period_end.slice(0, 4) : 'the past'}, so the portal applies the same rules to the police's open data` +
    (first
      ? `, comparing the latest 12 months (${periodLabel(first.latest.start, first.latest.end)}) with the 12 months before. These figures are ${RECOMPUTED_LABEL}.`
      : '; the data holds too few months to compare.');
  return {
    lede,
    cards,
    sources: withData[0]?.series
      ? `${coverageSentence(withData[0].series)} Each indicator's page shows how closely the two sources agree.`
      : '',
    reportQuarter: latest ? reportQuarter(latest) : 'none',
    reportPeriod: latest ? periodLabel(latest.period_start, latest.period_end) : 'no period',
  };
}

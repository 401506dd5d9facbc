/**
 * The nearest published measure for an indicator whose own survey question is no longer
 * published: MOPAC's Public Attitude Survey, "the police do a good job in the local area",
 * for the area and for London, quarter by quarter. Labelled as a different question, and
 * never judged against the indicator's target (which was set on the other question).
 */
import { lineChart } from '../../charts/lineChart';
import { loadTable } from '../../core/load';
import { monthLabel, periodLabel, shortMonthLabel } from '../../core/periods';
import type { TableData } from '../../core/table-data';
import { surveyConfidenceTable } from '../../schemas/borough';
import type { RowOf } from '../../core/tables';
import { siteConfig } from '../site';
import { indicatorFigure, sourceName, sourcesLicence } from './charts';
import type { Figure } from '../../charts/figure';
import type { Indicator, KpiData } from './data';

export type SurveyRow = RowOf<typeof surveyConfidenceTable.fields>;

/** What the measure asks, in words a page can use. */
export const SURVEY_QUESTION: Record<SurveyRow['measure'], string> = {
  'good-job-local': 'the police do a good job in the local area',
};

/** A share as a page writes it: 0.51 → "51%". */
export const percentOf = (p: number): string => `${Math.round(p * 100)}%`;

/** The indicator's survey series for the area, oldest first; empty when it has no current measure. */
export function surveySeries(indicator: Indicator, rows: readonly SurveyRow[] = loadTable(surveyConfidenceTable)) {
  const area = siteConfig().area.code;
  return rows
    .filter((r) => r.measure === indicator.current_measure && r.area_code === area)
    .sort((a, b) => (a.quarter_end < b.quarter_end ? -1 : 1));
}

/** One sentence for the latest figure: "51% … agreed that … in the 12 months to December 2023 (London …: 47%)." */
export function surveyLatestSentence(rows: readonly SurveyRow[]): string {
  const last = rows.at(-1)!;
  return `${percentOf(last.proportion)} of residents asked agreed that ${SURVEY_QUESTION[last.measure]} in the 12 months to ${monthLabel(last.period_end)} (London as a whole: ${percentOf(last.london_proportion)}).`;
}

/** Why the figure is shown and why no target verdict is given. */
export function surveyCaveat(indicator: Indicator): string {
  return `This is the nearest published measure, not the ${indicator.short_title.toLowerCase()} indicator's own question, so the partnership's target is not applied to it.`;
}

/** The survey series as a chart and table, for the indicator page. */
export function surveySpec(data: KpiData, indicator: Indicator, rows = surveySeries(indicator)): Figure | null {
  if (rows.length === 0) return null;
  const area = siteConfig().area.name;
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const question = SURVEY_QUESTION[last.measure];
  const table: TableData = {
    caption: `Residents who agree that ${question}, ${area} and London, 12 months to each quarter (MOPAC Public Attitude Survey)`,
    rowHeader: 'period',
    // The figures straight after the period, so both show on a phone without scrolling.
    columns: [
      { key: 'period', label: '12 months to' },
      { key: 'area_percent', label: `${area} (%)`, numeric: true },
      { key: 'london_percent', label: 'London (%)', numeric: true },
      { key: 'period_start', label: 'From' },
      { key: 'period_end', label: 'To' },
    ],
    rows: rows.map((r) => ({
      period: monthLabel(r.period_end),
      period_start: r.period_start,
      period_end: r.period_end,
      area_percent: Math.round(r.proportion * 100),
      london_percent: Math.round(r.london_proportion * 100),
    })),
    context: { measure: 'percent agreeing' },
  };
  const summary = `In the 12 months to ${monthLabel(last.period_end)}, ${percentOf(last.proportion)} of ${area} residents asked agreed that ${question}, against ${percentOf(first.proportion)} in the 12 months to ${monthLabel(first.period_end)}; for London as a whole the figures were ${percentOf(last.london_proportion)} and ${percentOf(first.london_proportion)}. ${surveyCaveat(indicator)} The latest results the portal holds end in ${monthLabel(last.period_end)}.`;
  const x = rows.map((r) => r.period_end);
  const svg = lineChart(
    [
      { id: 'area', label: area, points: rows.map((r) => ({ x: r.period_end, y: Math.round(r.proportion * 100) })) },
      {
        id: 'london',
        label: 'London',
        points: rows.map((r) => ({ x: r.period_end, y: Math.round(r.london_proportion * 100) })),
      },
    ],
    {
      id: `${indicator.indicator_id}-survey`,
      title: table.caption,
      desc: summary,
      x,
      xLabel: (m) => shortMonthLabel(m),
      xTickEvery: 8,
      yLabel: '% agreeing',
    },
  );
  const source = sourceName(data, last.source_id);
  return indicatorFigure(indicator.indicator_id, 'survey', {
    title: `The nearest published measure: residents who agree that ${question}`,
    summary,
    svg,
    table,
    legend: [
      { label: area, swatch: { kind: 'series', index: 0 } },
      { label: 'London', swatch: { kind: 'series', index: 1 } },
    ],
    provenance: {
      source: `${source.publisher}, ${source.title}`,
      period: periodLabel(first.period_start, last.period_end),
      caveats: surveyConfidenceTable.caveats ?? [],
      ...sourcesLicence(data, [last.source_id]),
    },
  });
}

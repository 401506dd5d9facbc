/**
 * The long-run borough crime series (Metropolitan Police monthly counts) and the
 * quarterly indicator series the portal computes from it.
 */
import { defineTable } from '../core/tables';
import { date, decimal, gssCode, id, integer, month, oneOf, optional, text } from '../core/fields';
import { sourceKey } from './sources';

export const BOROUGH_EXTRACTS = ['historical', 'recent24'] as const;

/** `data/borough/crime-monthly.csv`: recorded offences by month and category for the borough. */
export const boroughMonthlyTable = defineTable({
  name: 'borough-crime-monthly',
  path: 'borough/crime-monthly.csv',
  title: 'Recorded crime by month and category, borough',
  description:
    'Offences recorded by the Metropolitan Police in the borough, by month and by major and minor crime category, April 2010 to February 2025, as published in the MPS borough-level crime files. Categories are the MPS scheme current when the files were extracted, not the categories of older partnership reports.',
  fields: {
    area_code: gssCode({ title: 'Area code', description: 'GSS code of the borough.' }),
    month: month({ title: 'Month', description: 'Calendar month, YYYY-MM.' }, { from: '2010-04', to: '2025-02' }),
    major_category: text({
      title: 'Major category',
      description: 'MPS major crime category (MajorText), as published.',
    }),
    minor_category: text({
      title: 'Minor category',
      description: 'MPS minor crime category (MinorText), as published.',
    }),
    count: integer(
      { title: 'Offences', description: 'Number of offences recorded.', unit: 'offences' },
      { minimum: 0 },
    ),
    extract: oneOf(BOROUGH_EXTRACTS, {
      title: 'Extract',
      description:
        'Which MPS file the count comes from: historical (April 2010 to February 2023) or recent24 (March 2023 to February 2025).',
    }),
  },
  primaryKey: ['area_code', 'month', 'major_category', 'minor_category'],
  areaColumn: 'area_code',
  emptyWhen: 'the area is outside London: only the Metropolitan Police publish a borough file',
  caveats: [
    'Counts are as recorded at the time of extraction; the Metropolitan Police revises recent months between extracts.',
    'Residential burglary replaced "burglary in a dwelling" from February 2024; compare burglary across that month with care.',
  ],
});

export const PORTFOLIOS = ['violence', 'property', 'none'] as const;

/** `data/borough/portfolio-mapping.csv`: which police categories count towards which indicator. */
export const portfolioMappingTable = defineTable({
  name: 'borough-portfolio-mapping',
  path: 'borough/portfolio-mapping.csv',
  title: "Police categories mapped to the partnership's portfolios",
  description:
    "How each MPS minor crime category is counted when the portal recomputes the partnership's violence and property indicators from open data. The mapping is the portal's own, made by matching the offences the partnership's performance report lists to the current MPS categories.",
  fields: {
    major_category: text({ title: 'Major category', description: 'MPS major crime category.' }),
    minor_category: text({ title: 'Minor category', description: 'MPS minor crime category.' }),
    portfolio: oneOf(PORTFOLIOS, {
      title: 'Portfolio',
      description: 'violence or property: counted towards that indicator; none: not in either portfolio.',
    }),
    measure_id: optional(
      id({
        title: 'Sub-measure',
        description: 'The partnership sub-measure (kpi/measures.csv) the category corresponds to, where there is one.',
      }),
    ),
    reason: text({ title: 'Reason', description: 'Why the category is mapped this way.' }),
  },
  primaryKey: ['major_category', 'minor_category'],
  foreignKeys: [{ fields: ['measure_id'], reference: { resource: 'kpi-measures', fields: ['measure_id'] } }],
  sources: [
    {
      title:
        "Compiled by the portal from the offences the partnership's performance report lists and the MPS category list",
    },
  ],
  section: 'performance',
});

/**
 * `data/borough/portfolio-2012-offences.csv`: which offence of the 2012 definitions each
 * police category holds, so an indicator page can say how what it counts now differs from
 * what the partnership listed in 2012.
 */
export const portfolio2012Table = defineTable({
  name: 'borough-portfolio-2012-offences',
  path: 'borough/portfolio-2012-offences.csv',
  title: 'Police categories against the offences the 2012 indicators listed',
  description:
    "For each MPS minor category counted towards the violence or property indicator, the offences of the partnership's 2012 lists (kpi/measures.csv) it holds, one row each. A counted category with no row holds no offence the 2012 lists named (homicide, for example); a 2012 offence with no row is not recorded separately in the police files (blackmail, for example). The links are the portal's own, made by matching the names.",
  fields: {
    major_category: text({ title: 'Major category', description: 'MPS major crime category.' }),
    minor_category: text({ title: 'Minor category', description: 'MPS minor crime category.' }),
    measure_id: id({
      title: '2012 offence',
      description: 'The offence of the 2012 list (measure_id in kpi/measures.csv) the category holds.',
    }),
    note: optional(text({ title: 'Note', description: 'What differs between the category and the 2012 offence.' })),
  },
  primaryKey: ['major_category', 'minor_category', 'measure_id'],
  foreignKeys: [
    {
      fields: ['major_category', 'minor_category'],
      reference: { resource: 'borough-portfolio-mapping', fields: ['major_category', 'minor_category'] },
    },
    { fields: ['measure_id'], reference: { resource: 'kpi-measures', fields: ['measure_id'] } },
  ],
  sources: [
    {
      title:
        "Compiled by the portal from the offences the partnership's performance report lists and the MPS category list",
    },
  ],
  section: 'performance',
});

export const QUARTER_STATUSES = ['complete', 'partial'] as const;

/** `data/borough/indicator-quarters.csv`: the violence and property indicators recomputed by financial-year quarter. */
export const indicatorQuartersTable = defineTable({
  name: 'borough-indicator-quarters',
  path: 'borough/indicator-quarters.csv',
  title: 'Indicators recomputed from open data, by quarter',
  description:
    'The violence and property indicators, and the property sub-measures that can be matched, recomputed from the MPS monthly borough series by financial-year quarter (Q1 = April to June), using the mapping in borough/portfolio-mapping.csv.',
  fields: {
    area_code: gssCode({ title: 'Area code', description: 'GSS code of the borough.' }),
    measure_id: id({ title: 'Measure id', description: 'The partnership measure recomputed (kpi/measures.csv).' }),
    financial_year: text(
      { title: 'Financial year', description: 'April to March, e.g. 2012/13.' },
      { pattern: /^\d{4}\/\d{2}$/, patternHint: 'a financial year such as 2012/13' },
    ),
    quarter: integer(
      { title: 'Quarter', description: 'Quarter of the financial year: 1 is April to June.' },
      { minimum: 1, maximum: 4 },
    ),
    period_start: month({ title: 'Period start', description: 'First month of the quarter.' }),
    period_end: month({ title: 'Period end', description: 'Last month of the quarter covered by data.' }),
    months: integer(
      { title: 'Months', description: 'Number of months with data in the quarter (3 for a complete quarter).' },
      { minimum: 1, maximum: 3 },
    ),
    status: oneOf(QUARTER_STATUSES, {
      title: 'Status',
      description: 'complete: all three months; partial: the series ends inside the quarter.',
    }),
    count: integer(
      {
        title: 'Offences',
        description: 'Offences recorded in the quarter in the mapped categories.',
        unit: 'offences',
      },
      { minimum: 0 },
    ),
  },
  primaryKey: ['area_code', 'measure_id', 'financial_year', 'quarter'],
  areaColumn: 'area_code',
  foreignKeys: [{ fields: ['measure_id'], reference: { resource: 'kpi-measures', fields: ['measure_id'] } }],
  section: 'performance',
  caveats: [
    "Recomputed figures use today's MPS categories and a later extract, so they differ from the figures the partnership published at the time.",
  ],
});

/** The survey measures the portal publishes: MOPAC's "police do a good job in the local area". */
export const SURVEY_MEASURES = ['good-job-local'] as const;

/** `data/borough/survey-confidence.csv`: a survey measure of confidence in the police, by rolling 12 months. */
export const surveyConfidenceTable = defineTable({
  name: 'borough-survey-confidence',
  path: 'borough/survey-confidence.csv',
  title: 'Confidence in the police: Public Attitude Survey results, by quarter',
  description:
    "The share of residents who agree that the police do a good job in the local area, from the Public Attitude Survey of the Mayor's Office for Policing and Crime (MOPAC), for the area and for London as a whole (the Metropolitan Police area). MOPAC publishes rolling results: each figure is for the 12 months to the end of its quarter. The question is not the one the partnership's 2012 confidence indicator used.",
  fields: {
    area_code: gssCode({
      title: 'Area code',
      description: 'GSS code of the area the figure is for: a borough, or E12000007 for London as a whole.',
    }),
    measure: oneOf(SURVEY_MEASURES, {
      title: 'Measure',
      description:
        'good-job-local: agree that the police do a good job in the local area (MOPAC\'s "Good Job local", its headline confidence measure).',
    }),
    quarter_end: date({ title: 'Quarter end', description: 'The last day of the quarter the 12 months end with.' }),
    period_start: month({ title: 'Period start', description: 'First month of the 12 months the figure covers.' }),
    period_end: month({ title: 'Period end', description: 'Last month of the 12 months the figure covers.' }),
    proportion: decimal(
      {
        title: 'Share agreeing',
        description: 'The share of respondents who agree, as MOPAC publishes it (0.51 is 51%).',
        unit: 'proportion',
      },
      { minimum: 0, maximum: 1 },
    ),
    london_proportion: decimal(
      {
        title: 'London',
        description:
          'The same share for London as a whole (the Metropolitan Police area), as MOPAC publishes it beside the borough.',
        unit: 'proportion',
      },
      { minimum: 0, maximum: 1 },
    ),
    source_id: id({ title: 'Source', description: 'The source_id in meta/sources.csv.' }),
  },
  primaryKey: ['area_code', 'measure', 'quarter_end'],
  foreignKeys: [sourceKey],
  areaColumn: 'area_code',
  section: 'performance',
  caveats: [
    "Rolling results: each quarter's figure covers the 12 months to the end of that quarter, so neighbouring quarters share nine months of interviews.",
    'A survey of a sample of residents: small changes from one quarter to the next can be sampling noise.',
    "The question differs from the one the partnership's 2012 confidence indicator used (the police and council dealing with the anti-social behaviour and crime issues that matter in the area), so the figures cannot be judged against its 55% target.",
  ],
  rowCheck: (r) =>
    r.period_end === r.quarter_end.slice(0, 7)
      ? []
      : [{ column: 'period_end', problem: `is not the month of quarter_end (${r.quarter_end})` }],
});

export const boroughTables = [
  boroughMonthlyTable,
  portfolioMappingTable,
  portfolio2012Table,
  indicatorQuartersTable,
  surveyConfidenceTable,
] as const;

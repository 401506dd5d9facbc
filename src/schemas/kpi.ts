/**
 * The partnership's performance indicators, as its performance report publishes them:
 * indicators, their sub-measures, every published figure, stated changes, targets and
 * notes on the source's own defects.
 */
import { defineTable } from '../core/tables';
import { citationFields, sourceKey } from './sources';
import { decimal, id, integer, list, month, oneOf, optional, text, date } from '../core/fields';
import { SURVEY_MEASURES } from './borough';

const citation = citationFields();
const indicatorKey = { fields: ['indicator_id'], reference: { resource: 'kpi-indicators', fields: ['indicator_id'] } };
const measureKey = { fields: ['measure_id'], reference: { resource: 'kpi-measures', fields: ['measure_id'] } };

export const UNITS = ['offences', 'incidents', 'percent'] as const;
export const POLARITIES = ['lower-is-better', 'higher-is-better'] as const;

/** `data/kpi/indicators.csv`: the headline performance indicators. */
export const indicatorsTable = defineTable({
  name: 'kpi-indicators',
  path: 'kpi/indicators.csv',
  title: 'Performance indicators',
  description:
    "The partnership's headline performance indicators, each with its portfolio, unit and the direction that counts as improvement.",
  fields: {
    indicator_id: id({
      title: 'Indicator id',
      description: 'Stable identifier, used in page addresses and by strategy documents that link to the indicator.',
    }),
    number: integer(
      { title: 'Number', description: "The indicator's number in the partnership's performance report." },
      { minimum: 1 },
    ),
    title: text({ title: 'Title', description: "The indicator's title as the performance report words it." }),
    short_title: text({ title: 'Short title', description: 'A short name for headings and charts.' }),
    portfolio: text({
      title: 'Portfolio',
      description: 'The portfolio of offences or incidents the indicator counts, as the performance report lists them.',
    }),
    unit: oneOf(UNITS, {
      title: 'Unit',
      description: 'What the indicator counts: offences recorded by the police, ASB incidents, or a survey percentage.',
    }),
    polarity: oneOf(POLARITIES, {
      title: 'Polarity',
      description: 'Whether a lower or a higher value counts as improvement.',
    }),
    definition: text({ title: 'Definition', description: 'What the indicator measures, in plain English.' }),
    ...citation,
    current_source: optional(
      text({
        title: 'What a current figure needs',
        description:
          'For an indicator the portal cannot recompute from the open data it holds: what it shows instead, or that it has no current figure and which published source a current figure would need. Empty where the indicator is recomputed from police open data.',
      }),
    ),
    current_measure: optional(
      oneOf(SURVEY_MEASURES, {
        title: 'Nearest current measure',
        description:
          'A published survey measure (borough/survey-confidence.csv) shown as the nearest current figure for an indicator whose own question is no longer published; it is not the same measure, and no target verdict is given on it. Empty for the others.',
      }),
    ),
  },
  primaryKey: ['indicator_id'],
  foreignKeys: [sourceKey],
  section: 'performance',
});

export const MEASURE_ROLES = ['total', 'offence', 'supporting-measure', 'asb-category'] as const;

/** `data/kpi/measures.csv`: each indicator's total and its sub-measures. */
export const measuresTable = defineTable({
  name: 'kpi-measures',
  path: 'kpi/measures.csv',
  title: 'Indicator measures and sub-measures',
  description:
    'The total and the sub-measures of each indicator: offences in the portfolio, supporting measures, and anti-social behaviour categories, as the performance report lists them in its text and tables.',
  fields: {
    measure_id: id({ title: 'Measure id', description: 'Stable identifier of the measure.' }),
    indicator_id: id({ title: 'Indicator id', description: 'The indicator this measure belongs to.' }),
    name: text({ title: 'Name', description: "The measure's name as the source words it." }),
    role: oneOf(MEASURE_ROLES, {
      title: 'Role',
      description:
        "total: the indicator's headline figure; offence: an offence in the portfolio; supporting-measure: monitored alongside; asb-category: a category of the ASB table.",
    }),
    sort_order: integer(
      { title: 'Order', description: "Position in the source's own listing, for display." },
      { minimum: 0 },
    ),
    ...citation,
  },
  primaryKey: ['measure_id'],
  foreignKeys: [indicatorKey, sourceKey],
  section: 'performance',
});

export const OBSERVATION_STATUSES = ['published', 'derived', 'not-published'] as const;

/** `data/kpi/observations.csv`: every figure the performance report publishes, one per measure and period. */
export const observationsTable = defineTable({
  name: 'kpi-observations',
  path: 'kpi/observations.csv',
  title: 'Indicator figures by quarter',
  description:
    "Every figure the partnership's performance report publishes for its indicators, one row per measure and period, plus figures for the same period a year earlier derived from the changes the report states. Each row cites its section.",
  fields: {
    measure_id: id({ title: 'Measure id', description: 'The measure (see kpi/measures.csv).' }),
    period_start: month({ title: 'Period start', description: 'First month of the period, YYYY-MM.' }),
    period_end: month({ title: 'Period end', description: 'Last month of the period, YYYY-MM.' }),
    period_label: text({
      title: 'Period',
      description: 'The period as a financial-year quarter, e.g. 2012/13 Q1 (April to June 2012).',
    }),
    value: optional(
      integer(
        {
          title: 'Value',
          description: 'The figure. Empty where no figure was published; status says why.',
          unit: 'offences or incidents',
        },
        { minimum: 0 },
      ),
    ),
    status: oneOf(OBSERVATION_STATUSES, {
      title: 'Status',
      description:
        'published: printed in the source; derived: calculated from figures the source states (see derivation); not-published: the source says no figure is available.',
    }),
    derivation: optional(
      text({ title: 'Derivation', description: 'For derived figures, the arithmetic and the stated figures it uses.' }),
    ),
    note_ids: list(id({ title: 'Notes', description: 'Notes (kpi/notes.csv) that apply to this figure.' })),
    ...citation,
  },
  primaryKey: ['measure_id', 'period_start', 'period_end'],
  foreignKeys: [measureKey, sourceKey],
  section: 'performance',
  rowCheck: (r) => [
    ...(r.period_end < r.period_start ? [{ column: 'period_end', problem: 'is before period_start' }] : []),
    ...(r.status === 'not-published' && r.value !== null
      ? [{ column: 'value', problem: 'is given, but status is not-published; expected an empty value' }]
      : []),
    ...(r.status !== 'not-published' && r.value === null
      ? [{ column: 'value', problem: `is empty, but status is ${r.status}; expected a figure` }]
      : []),
    ...(r.status === 'derived' && r.derivation === null
      ? [{ column: 'derivation', problem: 'is empty, but status is derived; expected the arithmetic' }]
      : []),
  ],
});

export const QUANTITIES = ['change-count', 'change-percent', 'share-of-tno-percent'] as const;

/** `data/kpi/statements.csv`: changes and shares the reports state in words. */
export const statementsTable = defineTable({
  name: 'kpi-statements',
  path: 'kpi/statements.csv',
  title: 'Stated changes and shares',
  description:
    "Changes on the same period last year, and shares of total notifiable offences, that the performance report and the partnership's minutes state in their text. These are the figures the derived values in kpi/observations.csv are calculated from.",
  fields: {
    statement_id: id({ title: 'Statement id', description: 'Stable identifier.' }),
    measure_id: id({ title: 'Measure id', description: 'The measure the statement is about.' }),
    period_label: text({ title: 'Period', description: 'The period the statement is about, as the source gives it.' }),
    period_start: month({ title: 'Period start', description: 'First month of the period, YYYY-MM.' }),
    period_end: month({ title: 'Period end', description: 'Last month of the period, YYYY-MM.' }),
    quantity: oneOf(QUANTITIES, {
      title: 'Quantity',
      description:
        'change-count: change in number on the same period last year (negative is a fall); change-percent: the same as a percentage; share-of-tno-percent: share of total notifiable offences.',
    }),
    value: decimal({ title: 'Value', description: 'The stated number, signed: a reduction of 224 is -224.' }),
    wording: text({ title: 'What the source says', description: "The statement in the portal's words." }),
    ...citation,
  },
  primaryKey: ['statement_id'],
  foreignKeys: [measureKey, sourceKey],
  section: 'performance',
});

export const TARGET_KINDS = ['percent-change', 'level-percent'] as const;

/** `data/kpi/targets.csv`: the targets the partnership adopted. */
export const targetsTable = defineTable({
  name: 'kpi-targets',
  path: 'kpi/targets.csv',
  title: 'Performance targets',
  description: 'The targets the partnership adopted for each indicator, with the date of the meeting that agreed them.',
  fields: {
    indicator_id: id({ title: 'Indicator id', description: 'The indicator the target is for.' }),
    year: text(
      { title: 'Year', description: 'The financial year the target applies to, e.g. 2012/13.' },
      { pattern: /^\d{4}\/\d{2}$/, patternHint: 'a financial year such as 2012/13' },
    ),
    kind: oneOf(TARGET_KINDS, {
      title: 'Kind',
      description: "percent-change: change on the previous year's level; level-percent: a survey percentage to reach.",
    }),
    value: decimal({
      title: 'Target',
      description: 'The target: -2 is a 2% reduction; 55 is 55% of respondents.',
      unit: 'percent',
    }),
    wording: text({ title: 'Target as adopted', description: 'The target as the minutes word it.' }),
    agreed: date({ title: 'Agreed', description: 'The date of the meeting that adopted the target.' }),
    ...citation,
  },
  primaryKey: ['indicator_id', 'year'],
  foreignKeys: [indicatorKey, sourceKey],
  section: 'performance',
});

export const NOTE_KINDS = ['source-defect', 'caveat', 'definition'] as const;

/** `data/kpi/notes.csv`: defects in the source and caveats, recorded instead of silently fixed. */
export const notesTable = defineTable({
  name: 'kpi-notes',
  path: 'kpi/notes.csv',
  title: 'Notes on the figures',
  description:
    'Defects found in the source documents and caveats on the figures. The portal records these instead of silently correcting the source.',
  fields: {
    note_id: id({ title: 'Note id', description: 'Stable identifier, cited by kpi/observations.csv.' }),
    indicator_id: optional(
      id({
        title: 'Indicator id',
        description: 'The indicator the note is about; empty for notes about all indicators.',
      }),
    ),
    kind: oneOf(NOTE_KINDS, {
      title: 'Kind',
      description:
        'source-defect: an error in the source; caveat: a limit on how to read the figures; definition: what a term means.',
    }),
    applies_to: text({ title: 'Applies to', description: 'What the note is about.' }),
    text: text({ title: 'Note', description: 'The note, in plain English.' }),
    ...citation,
  },
  primaryKey: ['note_id'],
  foreignKeys: [indicatorKey, sourceKey],
  section: 'performance',
});

/** The KPI tables, in the order they are documented. */
export const kpiTables = [
  indicatorsTable,
  measuresTable,
  observationsTable,
  statementsTable,
  targetsTable,
  notesTable,
] as const;

/**
 * What the strategy documents commit to, as data: action points, recommendations and
 * decisions (`data/strategy/actions.csv`), and the outcomes case studies report
 * (`data/strategy/outcomes.csv`). Each row names the document it belongs to (the file
 * name of its page in content/strategies/), so the next strategy's actions are added
 * as rows, with no new table and no change to code.
 *
 * Links to documents, indicators and directory entries are checked across datasets by
 * `npm run validate` (scripts/lib/checks.ts).
 */
import { defineTable } from '../core/tables';
import { citationFields, sourceKey } from './sources';
import { decimal, id, integer, list, oneOf, optional, text } from '../core/fields';

const citation = citationFields();
const documentId = id({
  title: 'Document',
  description:
    'The strategy document the row belongs to: the file name of its page in content/strategies/ without .mdx, also its address /strategies/<document_id>/.',
});
const agency = text({ title: 'Agency', description: 'An agency, team or role.' });

/**
 * Where a lead comes from. The LCRB action plan's lead and partner columns are blank
 * in the draft, so leads there are taken from the wording of each action point, and
 * the table says so rather than implying the plan assigned them.
 */
export const LEAD_BASES = ['lead-column', 'action-wording', 'not-named'] as const;

/** `data/strategy/actions.csv`: action points, recommendations and decisions. */
export const actionsTable = defineTable({
  name: 'strategy-actions',
  path: 'strategy/actions.csv',
  title: 'Strategy action points, recommendations and decisions',
  description:
    "Every action point, recommendation and decision in the strategy documents, one row each, with its theme, who leads it and who else is named, the indicators it aims to move and the directory entries that deliver it. Which documents they come from is in meta/table-sources.csv and each row's source_id.",
  fields: {
    document_id: documentId,
    ref: text(
      {
        title: 'Number',
        description:
          "The number the document gives the item (for example 7, or 1.3); for decisions, the minute item number; A and a number for an item of the meeting's agenda (A5 is agenda item 5).",
      },
      { pattern: /^[A-Za-z0-9.]+$/, patternHint: 'a number such as 7 or 1.3' },
    ),
    sort_order: integer({ title: 'Order', description: 'Position in the document, for display.' }, { minimum: 1 }),
    part: text({
      title: 'Part',
      description:
        'The list the item belongs to, as the document names it: for example "Action points", "Short-term recommendations" or "Decisions".',
    }),
    theme: optional(
      text({
        title: 'Theme',
        description: 'The theme or heading the document files the item under; empty where it groups none.',
      }),
    ),
    title: text({ title: 'Title', description: "The item's heading or recommendation, as the document words it." }),
    action: text({
      title: 'Action',
      description:
        'What is to be done. Action points and recommendations are quoted from the document (list items joined with semicolons); decisions are summarised from the minutes, with figures exactly as recorded.',
    }),
    lead_agencies: list(agency, { title: 'Lead', description: 'Who leads, as the document names them.' }),
    lead_basis: oneOf(LEAD_BASES, {
      title: 'Lead named in',
      description:
        "lead-column: the document's own lead or action column; action-wording: named in the wording of the action itself (the lead column is blank); not-named: the document names no lead.",
    }),
    partner_agencies: list(agency, { title: 'Partners', description: 'Other agencies the action names.' }),
    indicator_ids: list(
      id({ title: 'Indicators', description: 'Indicators (kpi/indicators.csv) the action aims to move.' }),
    ),
    directory_ids: list(
      id({
        title: 'Delivered through',
        description: 'Directory entries (service_id in directory/services.csv) that deliver the action.',
      }),
    ),
    ...citation,
  },
  primaryKey: ['document_id', 'ref'],
  foreignKeys: [sourceKey],
  section: 'strategies',
  // A library of summaries and case studies has none; a document that shows an action table needs its rows (strategy links check).
  emptyWhen: 'no document of the strategy library has action points',
  // Documents about other areas are kept for their lessons; their coverage is in each document's frontmatter.
  aboutArea: false,
  rowCheck: (r) => [
    ...(r.lead_basis === 'not-named' && r.lead_agencies.length > 0
      ? [{ column: 'lead_agencies', problem: 'is given, but lead_basis is not-named; expected an empty cell' }]
      : []),
    ...(r.lead_basis !== 'not-named' && r.lead_agencies.length === 0
      ? [{ column: 'lead_agencies', problem: `is empty, but lead_basis is ${r.lead_basis}; expected who leads` }]
      : []),
  ],
});

export const OUTCOME_CHANGES = ['reduction', 'increase', 'count', 'qualitative'] as const;
export const OUTCOME_UNITS = ['percent', 'count'] as const;

/** `data/strategy/outcomes.csv`: outcomes case studies report. */
export const outcomesTable = defineTable({
  name: 'strategy-outcomes',
  path: 'strategy/outcomes.csv',
  title: 'Outcomes reported by case studies',
  description: 'The outcomes a case study reports, one row each, with the figure where it gives one.',
  fields: {
    document_id: documentId,
    outcome_id: id({ title: 'Outcome id', description: 'Stable identifier, unique within the document.' }),
    sort_order: integer({ title: 'Order', description: 'Position in the document, for display.' }, { minimum: 1 }),
    measure: text({ title: 'Measure', description: 'What changed, in plain English.' }),
    change: oneOf(OUTCOME_CHANGES, {
      title: 'Change',
      description:
        'reduction or increase: a change the study reports; count: a number achieved; qualitative: an outcome without a figure.',
    }),
    value: optional(
      decimal(
        { title: 'Figure', description: 'The figure the study gives; empty for outcomes without one.' },
        { minimum: 0 },
      ),
    ),
    unit: optional(
      oneOf(OUTCOME_UNITS, { title: 'Unit', description: 'percent: a percentage change; count: a number of things.' }),
    ),
    wording: text({ title: 'As reported', description: 'The outcome exactly as the study words it.' }),
    ...citation,
  },
  primaryKey: ['document_id', 'outcome_id'],
  foreignKeys: [sourceKey],
  section: 'strategies',
  // A library of summaries and case studies has none; a document that shows an action table needs its rows (strategy links check).
  emptyWhen: 'no document of the strategy library has outcomes',
  aboutArea: false,
  rowCheck: (r) => [
    ...(r.change === 'qualitative' && (r.value !== null || r.unit !== null)
      ? [{ column: 'value', problem: 'is given, but change is qualitative; expected empty value and unit' }]
      : []),
    ...(r.change !== 'qualitative' && (r.value === null || r.unit === null)
      ? [{ column: 'value', problem: `is empty, but change is ${r.change}; expected a figure and its unit` }]
      : []),
  ],
});

const actionKey = {
  fields: ['document_id', 'ref'],
  reference: { resource: 'strategy-actions', fields: ['document_id', 'ref'] },
};
const actionRef = text(
  { title: 'Number', description: "The action's number in its document (ref in strategy/actions.csv)." },
  { pattern: /^[A-Za-z0-9.]+$/, patternHint: 'a number such as 7 or 1.3' },
);
const generated = (column: string) =>
  `Generated from the ${column} column of strategy/actions.csv by \`npm run import -- strategy-links\` (one row per link, so each can be checked as a foreign key); \`npm run validate\` fails while it is out of date.`;

/** `data/strategy/action-indicators.csv`: each indicator an action aims to move, one row per link. */
export const actionIndicatorsTable = defineTable({
  name: 'strategy-action-indicators',
  path: 'strategy/action-indicators.csv',
  title: 'Strategy actions and the indicators they aim to move',
  description: `Which indicators (kpi/indicators.csv) each action point, recommendation or decision aims to move. ${generated('indicator_ids')}`,
  fields: {
    document_id: documentId,
    ref: actionRef,
    indicator_id: id({ title: 'Indicator', description: 'The indicator_id in kpi/indicators.csv.' }),
  },
  primaryKey: ['document_id', 'ref', 'indicator_id'],
  foreignKeys: [
    actionKey,
    { fields: ['indicator_id'], reference: { resource: 'kpi-indicators', fields: ['indicator_id'] } },
  ],
  sources: [{ title: 'Compiled by the portal from strategy/actions.csv' }],
  section: 'strategies',
  aboutArea: false,
  mayBeEmpty: true,
});

/** `data/strategy/action-services.csv`: each directory entry that delivers an action, one row per link. */
export const actionServicesTable = defineTable({
  name: 'strategy-action-services',
  path: 'strategy/action-services.csv',
  title: 'Strategy actions and the directory entries that deliver them',
  description: `Which directory entries (directory/services.csv) deliver each action point, recommendation or decision. ${generated('directory_ids')}`,
  fields: {
    document_id: documentId,
    ref: actionRef,
    service_id: id({ title: 'Directory entry', description: 'The service_id in directory/services.csv.' }),
  },
  primaryKey: ['document_id', 'ref', 'service_id'],
  foreignKeys: [
    actionKey,
    { fields: ['service_id'], reference: { resource: 'directory-services', fields: ['service_id'] } },
  ],
  sources: [{ title: 'Compiled by the portal from strategy/actions.csv' }],
  section: 'strategies',
  aboutArea: false,
  mayBeEmpty: true,
});

/** The strategy tables, in the order they are documented. */
export const strategyTables = [actionsTable, actionIndicatorsTable, actionServicesTable, outcomesTable] as const;

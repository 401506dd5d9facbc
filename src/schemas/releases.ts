/**
 * The record of releases, which /data/changes/ compares the data with: the monthly totals
 * the previous release published for every dataset that counts by month (a table with a
 * `month` and a `count` column), and a line per dataset for each release recorded before
 * it. Both are written by `npm run record-release`, which a data officer runs before
 * importing a new release's files (data/README.md); neither is typed by hand.
 */
import { defineTable } from '../core/tables';
import { date, integer, month, optional, text } from '../core/fields';

const releaseDate = (description: string) => date({ title: 'Release', description });
const dataset = text(
  {
    title: 'Dataset',
    description: 'The name of the dataset in datapackage.json (a table with a month and a count column).',
  },
  { pattern: /^[-a-z0-9._/]+$/, patternHint: 'a data package resource name' },
);
const COMPILED = [{ title: 'Compiled by the portal from its own published tables at each release' }];

/** `data/releases/previous.csv`: the previous release's monthly totals, one row per dataset and month. */
export const releaseTotalsTable = defineTable({
  name: 'release-previous-totals',
  path: 'releases/previous.csv',
  title: "The previous release's monthly totals",
  description:
    "Every monthly total the previous release of the portal published, for each dataset that counts by month: the count column added up over the dataset's rows for that month. The site compares the data with it to list the months a release adds and the earlier months it revises (/data/changes/). Empty until a release has been recorded.",
  fields: {
    release: releaseDate('The date of the previous release (its "data last updated" date); the same in every row.'),
    dataset,
    month: month({ title: 'Month', description: 'The month counted, YYYY-MM.' }),
    count: integer(
      { title: 'Count', description: "The dataset's total for the month in that release." },
      { minimum: 0 },
    ),
    published_since: date({
      title: 'Published since',
      description:
        'The release from which this total had been published unchanged: the release date when the count first appeared, or when it was last revised.',
    }),
  },
  primaryKey: ['dataset', 'month'],
  sources: COMPILED,
  aboutArea: false,
  mayBeEmpty: true,
});

/** `data/releases/history.csv`: what each earlier release added and revised, one row per release and dataset. */
export const releaseHistoryTable = defineTable({
  name: 'release-history',
  path: 'releases/history.csv',
  title: 'Earlier releases: months added and revised',
  description:
    'For each release recorded before the current one and each dataset that counts by month: how many months it held, how many it added and how many earlier months it revised against the release before it. Empty until a release has been recorded.',
  fields: {
    release: releaseDate('The date of the release (its "data last updated" date).'),
    previous_release: optional(
      date({
        title: 'Compared with',
        description: 'The release it was compared with; empty for the first release recorded.',
      }),
    ),
    dataset,
    months: integer({ title: 'Months', description: 'Months with a total in the release.' }, { minimum: 0 }),
    first_month: month({ title: 'First month', description: 'The first month with a total, YYYY-MM.' }),
    last_month: month({ title: 'Last month', description: 'The last month with a total, YYYY-MM.' }),
    months_added: integer(
      { title: 'Months added', description: 'Months not in the release before (0 for the first release recorded).' },
      { minimum: 0 },
    ),
    months_revised: integer(
      { title: 'Months revised', description: 'Months whose total differs from the release before.' },
      { minimum: 0 },
    ),
    months_dropped: integer(
      { title: 'Months dropped', description: 'Months the release before had and this release did not.' },
      { minimum: 0 },
    ),
  },
  primaryKey: ['release', 'dataset'],
  sources: COMPILED,
  aboutArea: false,
  mayBeEmpty: true,
});

/** The release tables, in the order they are documented. */
export const releaseTables = [releaseTotalsTable, releaseHistoryTable] as const;

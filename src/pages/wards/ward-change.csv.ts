/** Every current ward's change in all crime on the year before (in a large area /wards/ shows it by borough; this keeps every ward). */
import type { APIRoute } from 'astro';
import { wardChangeTable, changePeriods } from '../../lib/wards/year-change';
import { DEFAULT_CHOICE } from '../../lib/wards/map';
import { tableCsv } from '../../core/table-data';
import { areaContext, sectionOn, notPublished } from '../../lib/site';

export const GET: APIRoute = () =>
  // No file without the wards section, or with under 24 months (nothing to compare).
  sectionOn('wards') && changePeriods(DEFAULT_CHOICE.set)
    ? new Response(tableCsv(wardChangeTable(DEFAULT_CHOICE.set), areaContext()), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      })
    : notPublished();

/**
 * "Which commitments target this indicator?": the documents that say they aim to move
 * an indicator, and the action points, recommendations and decisions linked to it.
 * Documents about other areas are kept apart as lessons, not commitments.
 */
import type { ActionRow } from './actions';
import { sortDocuments, type StrategyDoc } from './';

/** A document and the actions in it that target the indicator. */
export interface DocumentCommitments<D extends StrategyDoc> {
  doc: D;
  /** True when the document itself lists the indicator among those it aims to move. */
  documentLevel: boolean;
  actions: ActionRow[];
}

/** Commitments for one indicator, split into those covering the area and lessons from elsewhere. */
export interface IndicatorCommitments<D extends StrategyDoc> {
  commitments: DocumentCommitments<D>[];
  elsewhere: DocumentCommitments<D>[];
  /** Number of action rows across all commitments covering the area. */
  actionCount: number;
}

/** Collects the commitments that target an indicator, in listing order. */
export function commitmentsFor<D extends StrategyDoc>(
  indicatorId: string,
  docs: readonly D[],
  actions: readonly ActionRow[],
): IndicatorCommitments<D> {
  const entries: DocumentCommitments<D>[] = [];
  for (const doc of sortDocuments(docs)) {
    const linked = actions
      .filter((a) => a.document_id === doc.id && a.indicator_ids.includes(indicatorId))
      .sort((a, b) => a.sort_order - b.sort_order);
    const documentLevel = doc.data.related_indicators.includes(indicatorId);
    if (documentLevel || linked.length) entries.push({ doc, documentLevel, actions: linked });
  }
  const commitments = entries.filter((e) => e.doc.data.coverage !== 'elsewhere');
  return {
    commitments,
    elsewhere: entries.filter((e) => e.doc.data.coverage === 'elsewhere'),
    actionCount: commitments.reduce((n, e) => n + e.actions.length, 0),
  };
}

/** Documents that name a directory entry, and the actions it delivers, in listing order. */
export function strategiesForEntry<D extends StrategyDoc>(
  entryId: string,
  docs: readonly D[],
  actions: readonly ActionRow[],
): DocumentCommitments<D>[] {
  const out: DocumentCommitments<D>[] = [];
  for (const doc of sortDocuments(docs)) {
    const linked = actions
      .filter((a) => a.document_id === doc.id && a.directory_ids.includes(entryId))
      .sort((a, b) => a.sort_order - b.sort_order);
    const documentLevel = doc.data.related_interventions.includes(entryId);
    if (documentLevel || linked.length) out.push({ doc, documentLevel, actions: linked });
  }
  return out;
}

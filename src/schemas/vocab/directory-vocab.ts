/**
 * The directory's controlled vocabularies and their labels. The ids are what the data
 * files hold; the labels are what people read. One list per vocabulary, used by the
 * schema (to validate), the pages and search filters (to label) and the HSDS export
 * (as taxonomy terms).
 */

/** The three kinds of intervention the directory's source review names, plus intelligence. */
export const INTERVENTION_TYPES = ['prevention', 'diversion', 'enforcement', 'intelligence'] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

export const INTERVENTION_TYPE_LABELS: Record<InterventionType, string> = {
  prevention: 'Prevention',
  diversion: 'Diversion',
  enforcement: 'Enforcement',
  intelligence: 'Intelligence',
};

/** How the review defines each type (Part 2: Interventions), shown beside the filter. */
export const INTERVENTION_TYPE_NOTES: Record<InterventionType, string> = {
  prevention: 'a universal approach, open to all young people',
  diversion: 'a targeted approach, for young people at risk',
  enforcement: 'a highly targeted approach, using legal powers',
  intelligence: 'sources of information that help agencies identify risk',
};

export const THEMES = [
  'mentoring',
  'mediation',
  'knife-and-gun-crime',
  'housing-and-resettlement',
  'schools',
  'employment-and-training',
  'family-support',
  'awareness-raising',
  'intensive-support',
  'arts-and-sport',
  'health-and-mental-health',
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  mentoring: 'Mentoring',
  mediation: 'Mediation',
  'knife-and-gun-crime': 'Knife and gun crime',
  'housing-and-resettlement': 'Housing and resettlement',
  schools: 'Schools',
  'employment-and-training': 'Employment and training',
  'family-support': 'Family support',
  'awareness-raising': 'Awareness raising',
  'intensive-support': 'Intensive support',
  'arts-and-sport': 'Arts and sport',
  'health-and-mental-health': 'Health and mental health',
};

/** Who can refer a young person, as the sources describe it. */
export const REFERRAL_ROUTES = [
  'self-referral',
  'family',
  'school',
  'youth-offending-team',
  'police',
  'social-care',
  'probation-and-custody',
  'health',
  'voluntary-and-community',
  'employment-and-careers',
  'local-authority',
  'multi-agency-panel',
  'court-order',
  'peer-and-outreach',
  'professional',
] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

export const REFERRAL_ROUTE_LABELS: Record<ReferralRoute, string> = {
  'self-referral': 'Direct contact (the young person or anyone)',
  family: 'Parents or family',
  school: 'Schools and colleges',
  'youth-offending-team': 'Youth offending team or service',
  police: 'Police',
  'social-care': "Children's social care",
  'probation-and-custody': 'Probation, prisons and youth custody',
  health: 'Health services',
  'voluntary-and-community': 'Voluntary, community and faith groups',
  'employment-and-careers': 'Careers and employment services',
  'local-authority': 'Local authority services',
  'multi-agency-panel': 'A multi-agency panel',
  'court-order': 'A court order or sentence',
  'peer-and-outreach': 'Peers or outreach workers',
  professional: 'Any professional or agency',
};

/** What an entry is, so a reader knows whether it is something to refer to. */
export const ENTRY_KINDS = [
  'programme',
  'organisation',
  'helpline',
  'enforcement-power',
  'information-source',
  'website',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  programme: 'Programme or service',
  organisation: 'Organisation',
  helpline: 'Phone line',
  'enforcement-power': 'Enforcement power or operation',
  'information-source': 'Source of information for agencies',
  website: 'Website or online resource',
};

/**
 * Status of an entry. Everything comes from a 2012 list, so entries are historic
 * listings unless a later source confirms otherwise; the rest are the HSDS statuses.
 */
export const STATUSES = ['historic-listing-2012', 'active', 'inactive', 'defunct', 'temporarily-closed'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  'historic-listing-2012': 'Historic listing (2012)',
  active: 'Active',
  inactive: 'Inactive',
  defunct: 'Closed',
  'temporarily-closed': 'Temporarily closed',
};

/** Whether an entry's intervention type is the source's own heading or the portal's reading of it. */
export const TYPE_BASES = ['source', 'portal'] as const;

/** The kinds of service area. */
export const AREA_TYPES = ['borough', 'london', 'region', 'unnamed-boroughs'] as const;

/**
 * How one version of a table ended or stands, for its history: drafted (or revised) and not
 * yet submitted, in review, returned to the preparer, taken back by a withdrawal, approved as
 * the baseline (基线), or superseded by a later approved adjustment (调整).
 */
export type TargetTableVersionStatus = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'WITHDRAWN' | 'APPROVED' | 'SUPERSEDED';

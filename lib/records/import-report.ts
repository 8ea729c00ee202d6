// What an import of an exported file reports back (the options page shows it). Pure types.

export interface ImportIssue {
  /** Section of the file: reviews, checklists, drafts, reviewRequests, visits, opened, reports, settings, or '' for the top level. */
  section: string;
  /** 1-based row within the section, when the problem is in a row. */
  row?: number;
  /** The row's id when it has one (review id, order id). */
  id?: string;
  /** Dotted path inside the row, e.g. item.rating. */
  field: string;
  message: string;
}

/** Why an import was refused (the UI words it in the page's language). */
export type ImportErrorCode = 'not-json' | 'not-export' | 'newer-version' | 'invalid' | 'write-failed';

export interface ImportFailure {
  ok: false;
  code: ImportErrorCode;
  /** English, complete: what is wrong and that nothing changed. */
  error: string;
  issues: ImportIssue[];
}

export interface MergeCounts {
  /** Not in this browser before: added. */
  added: number;
  /** The file's copy was newer: replaced the local one. */
  updated: number;
  /** The local copy was newer: kept. */
  keptNewerLocal: number;
  /** Same date on both sides: the local copy was kept. */
  unchanged: number;
}

export interface ImportReport {
  reviews: MergeCounts;
  checklists: MergeCounts;
  drafts: MergeCounts;
  reviewRequests: MergeCounts;
  // Always set by importExport; optional only so reports built by older callers still type-check.
  visits?: MergeCounts;
  opened?: MergeCounts;
  reports?: MergeCounts;
  /** 'applied' when this browser had no saved settings, else 'kept-local' (settings carry no date to compare). */
  settings: 'applied' | 'kept-local' | 'absent';
}

export type ImportResult = { ok: true; report: ImportReport } | ImportFailure;

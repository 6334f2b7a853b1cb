/**
 * Shapes of a shared comparison (link or file) and the errors of reading one.
 * Plain, JSON-serialisable data only.
 */
import type { Lens } from '../ui/lens/registry';
import type { LinkView, Panel } from '../ui/view/fields';

/** One report as the user entered it. Only `outlet` and `text` are required. */
export interface SharedReport {
  /** The outlet's name as the user typed it (trimmed, inner white space collapsed). */
  outlet: string;
  /** The report text, verbatim (never trimmed: the comparison's offsets point into it). */
  text: string;
  /** Publication date as the user gave it (free text, e.g. "2024-11-20"). */
  date?: string;
  /** Where it was published: an http(s) address, nothing else. */
  url?: string;
  /** BCP 47 language tag ("en", "ru", "pt-BR"). */
  language?: string;
}


/** The lens over the report columns (the page's lens registry); 'claims' is the default (the claims view). */
export type ShareLens = Lens;

export { LENSES as SHARE_LENSES } from '../ui/lens/registry';

/** The open panel over the columns: 'framing' = the framing summary; null = none. */
export type SharePanel = Panel;

/**
 * The page state a shared comparison carries besides the reports: the JSON
 * side of the view-state table (src/ui/view/fields.ts). `lens` and `panel`
 * were added later in v1: absent means the default, and a decoded view holds
 * them only when they differ from it (never 'claims' or null).
 */
export type ShareView = LinkView;

export interface ShareState {
  reports: SharedReport[];
  view: ShareView;
}

/**
 * What `encodeShare`, `toFile` and the share-link helpers accept: any view
 * field may be left out (it then takes its default and is not written).
 */
export interface ShareStateInput {
  reports: SharedReport[];
  view?: Partial<ShareView>;
}

/** Why a link or file could not be opened. Exhaustive: switch over it. */
export type ShareError =
  /** Nothing there (the part after "#r=" or the file is empty). */
  | 'empty'
  /** Made by another version of the format ("v2." or "parallax.share/2"). */
  | 'unknown-version'
  /** Damaged: invalid characters, a failed checksum, not JSON. */
  | 'corrupted'
  /** Cut off: shorter than it says it is (chat apps shorten long links). */
  | 'truncated'
  /** More than six reports. */
  | 'too-many-reports'
  /** Fewer than two reports. */
  | 'too-few-reports'
  /** Over the size caps (a report over 1 MB, or the whole thing). */
  | 'too-large'
  /** Readable, but not a valid comparison (wrong types, a report without outlet or text). */
  | 'invalid';

export const SHARE_ERRORS: readonly ShareError[] = [
  'empty',
  'unknown-version',
  'corrupted',
  'truncated',
  'too-many-reports',
  'too-few-reports',
  'too-large',
  'invalid',
];

export type DecodeResult =
  | {
      ok: true;
      state: ShareState;
      /** Things that were repaired or left out (an unusable URL, an unknown field); show them, do not block. */
      warnings: string[];
    }
  | {
      ok: false;
      error: ShareError;
      /** A specific sentence to show after `describeShareError(error)`, when there is one. */
      detail?: string;
      /**
       * What could still be read: the view and the reports that are complete
       * and valid. Offer it ("Open the 2 reports that could be read"), never
       * open it silently.
       */
      partial?: Partial<ShareState>;
    };

/** Where the data came from, for the wording of messages. */
export type ShareSource = 'link' | 'file';

const LINK_MESSAGES: Record<ShareError, string> = {
  empty:
    'This link has no comparison in it: the part after “#r=” is empty. Ask the sender to copy the whole link again.',
  'unknown-version':
    'This link was made by a newer version of Parallax than this page. Reload the page to get the latest version; if that does not help, ask the sender to send the comparison as a file (“Download comparison”).',
  corrupted:
    'This link is damaged: some of its characters were changed or lost when it was copied, so the comparison cannot be read. Ask the sender to copy the link again, or to send the comparison as a file (“Download comparison”).',
  truncated:
    'This link is incomplete: it was cut off, probably by a chat app or mail program that shortens long links. Ask the sender to send the comparison as a file (“Download comparison”) instead of a link.',
  'too-many-reports':
    'This link holds more than six reports; Parallax compares two to six. Open the reports that could be read, or ask the sender for a comparison of at most six.',
  'too-few-reports':
    'This link holds fewer than two reports, and a comparison needs at least two. Add another report, or ask the sender for the whole comparison.',
  'too-large':
    'This link is too large to open: a report is over 1 MB, the reports hold more text than one comparison can (6,000 sentences or 3 MB in all), or the whole link is far larger than any comparison Parallax makes. Ask the sender to shorten the reports and share again.',
  invalid:
    'This link can be read, but it is not a valid comparison (a report lacks its outlet or text, or a field has the wrong type). Ask the sender to make the link again with the current version of Parallax.',
};

const FILE_MESSAGES: Record<ShareError, string> = {
  empty: 'This file is empty. Choose the .parallax.json file again, or ask the sender for a new copy.',
  'unknown-version':
    'This file was saved by a newer version of Parallax than this page. Reload the page to get the latest version and open the file again.',
  corrupted:
    'This file is not a Parallax comparison (it is not valid JSON, or not a .parallax.json file). Choose the file that “Download comparison” saved.',
  truncated:
    'This file is incomplete: it ends in the middle of the comparison, probably because a download or copy stopped early. Ask the sender for the file again.',
  'too-many-reports':
    'This file holds more than six reports; Parallax compares two to six. Open the reports that could be read, or remove some from the file.',
  'too-few-reports':
    'This file holds fewer than two reports, and a comparison needs at least two. Add another report after opening it.',
  'too-large':
    'This file is too large to open: a report is over 1 MB, the reports hold more text than one comparison can (6,000 sentences or 3 MB in all), or the file is far larger than any comparison Parallax saves.',
  invalid:
    'This file can be read, but it is not a valid comparison (a report lacks its outlet or text, or a field has the wrong type). Save it again with “Download comparison”.',
};

/** The user-facing message for an error: what is wrong and what to do. */
export function describeShareError(kind: ShareError, source: ShareSource = 'link'): string {
  const table = source === 'file' ? FILE_MESSAGES : LINK_MESSAGES;
  return table[kind] ?? table.corrupted;
}

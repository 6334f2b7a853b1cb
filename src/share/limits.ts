/**
 * The caps of shared comparisons, in one place. Input checks (`input.ts`) and
 * link/file validation (`validate.ts`) use the same numbers, so anything the
 * page accepts can be shared, and nothing a link carries exceeds what the
 * page accepts.
 */

/** A comparison needs at least two reports … */
export const MIN_REPORTS = 2;
/** … and shows at most six side by side. */
export const MAX_REPORTS = 6;

/** One report's text: 1 MB of UTF-8 (1,048,576 bytes). */
export const MAX_REPORT_BYTES = 1024 * 1024;
/** Beyond this a paste or a file is refused outright (not offered for truncation): 5 MB. */
export const MAX_PASTE_BYTES = 5 * 1024 * 1024;

export const MAX_OUTLET_LENGTH = 200;
export const MAX_DATE_LENGTH = 64;
export const MAX_URL_LENGTH = 2048;
export const MAX_LANGUAGE_LENGTH = 35;

/** Links longer than this are too long for many chat apps and mail clients: offer a file too. */
export const CHAT_LINK_LIMIT = 2000;

/**
 * The longest `#r=` payload decoded at all. Six maximal reports of
 * incompressible text stay well below it; anything longer is refused unread.
 */
export const MAX_FRAGMENT_LENGTH = 12 * 1024 * 1024;

/**
 * The most bytes inflated from one payload (a zip-bomb guard): six maximal
 * texts even if JSON escaping blew every byte up sixfold ("\u0001"), plus the
 * short fields.
 */
export const MAX_PAYLOAD_BYTES = MAX_REPORTS * (6 * MAX_REPORT_BYTES + 16 * 1024) + 64 * 1024;

/** The longest `.parallax.json` text read, for the same reason. */
export const MAX_FILE_LENGTH = MAX_PAYLOAD_BYTES;

/** A saved web page is mostly markup and inline assets: an HTML file may be this large (20 MB) before extraction. */
export const MAX_HTML_FILE_BYTES = 20 * 1024 * 1024;

/**
 * What one comparison may hold in all, so the analysis fits in a browser tab:
 * the worker's matching grows with the product of the reports' sentence counts,
 * and six reports of 5,000 sentences took Chromium to 4.2 GB and crashed the
 * tab, while six of 1,000 (6,000 in all) finish in about 15 s. Links, files and
 * the editor refuse more, up front, naming the limit.
 */
export const MAX_TOTAL_SENTENCES = 6000;
/** … and at most 3 MB of text (UTF-8) in all. */
export const MAX_TOTAL_BYTES = 3 * 1024 * 1024;

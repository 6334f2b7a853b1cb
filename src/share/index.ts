/** The share surface: links, files, input checks and HTML extraction. See README.md here. */
export * from './shareState';
export { FILE_EXTENSION, FILE_SCHEMA, fileName, fromFile, toFile } from './file';
export {
  checkReports,
  checkReportText,
  markdownToText,
  readDroppedFile,
  truncateReport,
  type DroppedFile,
  type DroppedKind,
  type Issue,
  type IssueCode,
  type ReportDraft,
} from './input';
export { extractArticle, type Article } from './html';
export * from './limits';

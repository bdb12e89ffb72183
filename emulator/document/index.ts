/** DocumentApp: documents from templates, with formatting, lists and tables. See LIMITATIONS.md. */
export {
  createDocumentApp,
  GOOGLE_DOCS,
  CLOSED_MESSAGE,
  LAST_PARAGRAPH_MESSAGE,
  NOT_DETACHED_MESSAGE,
  HEADER_EXISTS_MESSAGE,
} from './document-app';
export { parseDoc, type DocContent } from './model';

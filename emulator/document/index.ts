/** DocumentApp: documents from templates. See LIMITATIONS.md in this folder. */
export { createDocumentApp, GOOGLE_DOCS, CLOSED_MESSAGE } from './document-app';

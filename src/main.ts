/**
 * The only file that names what Apps Script sees. Every export here becomes a top-level
 * function in dist/Code.js (scripts/build.js appends one delegating stub per export), reachable
 * from menus, triggers and google.script.run. Rules live in the imported modules.
 *
 * Editing rule for everyone: add or remove single export lines; keep this file a list.
 */
export { onOpen, onInstall } from './addon/menu';

import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { type StoredProtection } from './store';
import type { SpreadsheetApi } from './api';
import { bookOf, emailOf, rectOf, sheetOf, userHandle } from './common';

/**
 * Protection: a protected range or sheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
export function newProtectionHandle(
  api: SpreadsheetApi,
  spreadsheetId: string,
  protectionId: string,
) {
  const ctx = api.ctx;
  const book = () => bookOf(ctx, spreadsheetId);
  const data = (): StoredProtection => {
    const found = book().protections.find((p) => p.id === protectionId);
    if (!found) throw appsScriptError('The protection was removed.');
    return found;
  };
  const self = () => protectionHandle;
  const handle = {
    getProtectionType() {
      api.call('Protection', 'getProtectionType');
      return data().type;
    },
    getDescription() {
      api.call('Protection', 'getDescription');
      return data().description;
    },
    setDescription(description: string) {
      api.call('Protection', 'setDescription');
      data().description = String(description);
      return self();
    },
    isWarningOnly() {
      api.call('Protection', 'isWarningOnly');
      return data().warningOnly;
    },
    setWarningOnly(warningOnly: boolean) {
      api.call('Protection', 'setWarningOnly');
      data().warningOnly = !!warningOnly;
      return self();
    },
    getEditors() {
      api.call('Protection', 'getEditors');
      const b = book();
      return [b.owner, ...data().editors.filter((e) => e !== b.owner)].map(userHandle);
    },
    addEditor(user: unknown) {
      api.call('Protection', 'addEditor');
      const email = emailOf(user);
      if (!data().editors.includes(email)) data().editors.push(email);
      return self();
    },
    addEditors(emails: string[]) {
      api.call('Protection', 'addEditors');
      for (const email of emails.map(emailOf))
        if (!data().editors.includes(email)) data().editors.push(email);
      return self();
    },
    removeEditor(user: unknown) {
      api.call('Protection', 'removeEditor');
      const b = book();
      const email = emailOf(user);
      // The owner can never be removed from a protection.
      data().editors = data().editors.filter((e) => e !== email || e === b.owner);
      return self();
    },
    removeEditors(users: unknown[]) {
      api.call('Protection', 'removeEditors');
      const b = book();
      const emails = users.map(emailOf);
      data().editors = data().editors.filter((e) => !emails.includes(e) || e === b.owner);
      return self();
    },
    canEdit() {
      api.call('Protection', 'canEdit');
      const p = data();
      return ctx.user === book().owner || p.editors.includes(ctx.user);
    },
    setDomainEdit(editable: boolean) {
      api.call('Protection', 'setDomainEdit');
      data().domainEdit = !!editable;
      return self();
    },
    canDomainEdit() {
      api.call('Protection', 'canDomainEdit');
      return data().domainEdit;
    },
    getRange() {
      api.call('Protection', 'getRange');
      const p = data();
      const s = sheetOf(book(), p.sheetId);
      return api.range(
        spreadsheetId,
        p.sheetId,
        p.range ?? { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
      );
    },
    setRange(range: unknown) {
      api.call('Protection', 'setRange');
      const p = data();
      p.range = { ...rectOf(range, 'SpreadsheetApp.Protection.setRange') };
      return self();
    },
    getUnprotectedRanges() {
      api.call('Protection', 'getUnprotectedRanges');
      const p = data();
      return p.unprotected.map((u) => api.range(spreadsheetId, p.sheetId, u));
    },
    setUnprotectedRanges(ranges: unknown[]) {
      api.call('Protection', 'setUnprotectedRanges');
      const p = data();
      if (p.type !== 'SHEET')
        throw appsScriptError('Unprotected ranges can only be set on a sheet protection.');
      p.unprotected = ranges.map((r) => ({
        ...rectOf(r, 'SpreadsheetApp.Protection.setUnprotectedRanges'),
      }));
      return self();
    },
    remove() {
      api.call('Protection', 'remove');
      const b = book();
      b.protections = b.protections.filter((p) => p.id !== protectionId);
    },
    toString: () => 'Protection',
  };
  const protectionHandle = withCoverage(handle, 'Protection');
  return protectionHandle;
}

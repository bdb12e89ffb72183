/**
 * An Apps Script enum as the runtime keeps it: each member's value is its name. In Apps Script a
 * member is an object whose toString() and JSON are its name, so `String(v)`, `v.toString()`,
 * `JSON.stringify(v)` and comparing two members with `===` give what they give in Google; a script
 * comparing a member with a plain string (`v === 'SOLID'`) gets true here and false in Google —
 * see runtime/LIMITATIONS.md.
 */
export function namedEnum<const T extends readonly string[]>(
  ...names: T
): Readonly<{ [K in T[number]]: K }> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as {
    [K in T[number]]: K;
  };
}

/** https://developers.google.com/apps-script/reference/base/color-type */
export const ColorType = namedEnum('UNSUPPORTED', 'RGB', 'THEME');

/** https://developers.google.com/apps-script/reference/base/month */
export const Month = namedEnum(
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
);

/** https://developers.google.com/apps-script/reference/base/weekday */
export const Weekday = namedEnum(
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
);

/**
 * Apps Script's global enums that belong to no single service here.
 * MimeType: https://developers.google.com/apps-script/reference/base/mime-type — each value is
 * the MIME type string, so `file.getMimeType() === MimeType.GOOGLE_SHEETS` holds, as in scripts.
 */
export const MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
});

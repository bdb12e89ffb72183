/**
 * The Drive v3 and Sheets v4 REST emulation: a localhost server over a workspace's stores, for
 * tools written with `googleapis` (the data-protection audit). See LIMITATIONS.md.
 */
export { startRestServer, type RestServer, type RestServerOptions } from './server';
export { userPermissionId, SPREADSHEET_MIME_TYPE } from './drive';

import type { drive_v3 } from 'googleapis';

/**
 * Drive API v3 reads of the audit: an item's permissions and a folder's contents, every page.
 * Fields are named explicitly, as Google recommends (and as the emulator answers).
 * https://developers.google.com/drive/api/guides/fields-parameter
 */
export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';

export interface AuditPermission {
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone' | string;
  role: string;
  emailAddress?: string;
  domain?: string;
  allowFileDiscovery?: boolean;
}

export interface AuditItem {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  owner: string;
}

/** Status of a Google API error (gaxios puts it on `.code` or `.response.status`). */
export function httpStatus(error: unknown): number | undefined {
  const e = error as { code?: unknown; status?: unknown; response?: { status?: number } };
  const code = e?.response?.status ?? e?.status ?? e?.code;
  return typeof code === 'number'
    ? code
    : Number.isInteger(Number(code))
      ? Number(code)
      : undefined;
}

export async function getItem(drive: drive_v3.Drive, fileId: string): Promise<AuditItem | null> {
  try {
    const { data } = await drive.files.get({
      fileId,
      fields: 'id,name,mimeType,trashed,owners(emailAddress)',
      supportsAllDrives: true,
    });
    return {
      id: data.id ?? fileId,
      name: data.name ?? '',
      mimeType: data.mimeType ?? '',
      trashed: data.trashed ?? false,
      owner: (data.owners?.[0]?.emailAddress ?? '').toLowerCase(),
    };
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

export async function listPermissions(
  drive: drive_v3.Drive,
  fileId: string,
): Promise<AuditPermission[]> {
  const out: AuditPermission[] = [];
  let pageToken: string | undefined;
  do {
    const { data } = await drive.permissions.list({
      fileId,
      pageToken,
      supportsAllDrives: true,
      fields: 'nextPageToken,permissions(id,type,role,emailAddress,domain,allowFileDiscovery)',
    });
    for (const p of data.permissions ?? []) {
      out.push({
        id: p.id ?? '',
        type: p.type ?? '',
        role: p.role ?? '',
        ...(p.emailAddress ? { emailAddress: p.emailAddress.toLowerCase() } : {}),
        ...(p.domain ? { domain: p.domain } : {}),
        ...(p.allowFileDiscovery !== undefined && p.allowFileDiscovery !== null
          ? { allowFileDiscovery: p.allowFileDiscovery }
          : {}),
      });
    }
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

export async function listChildren(drive: drive_v3.Drive, folderId: string): Promise<AuditItem[]> {
  const out: AuditItem[] = [];
  let pageToken: string | undefined;
  do {
    const { data } = await drive.files.list({
      q: `'${folderId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}' in parents and trashed = false`,
      pageSize: 1000,
      pageToken,
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
      fields: 'nextPageToken,files(id,name,mimeType,trashed,owners(emailAddress))',
    });
    for (const f of data.files ?? []) {
      out.push({
        id: f.id ?? '',
        name: f.name ?? '',
        mimeType: f.mimeType ?? '',
        trashed: f.trashed ?? false,
        owner: (f.owners?.[0]?.emailAddress ?? '').toLowerCase(),
      });
    }
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

/**
 * The DriveApp emulation: the API handed to scripts, and the harness helpers that tests, seeds
 * and the export use without counting service calls.
 * See LIMITATIONS.md for what is and is not emulated.
 */
export {
  DRIVE_STORE,
  driveTree,
  plantItem,
  plantPermission,
  whoCanAccess,
  uploadAsUser,
  ensureRoot,
  effectiveRole,
  canView,
  canEdit,
  FOLDER_MIME_TYPE,
} from './store';
export type {
  DriveStore,
  DriveItem,
  DriveTreeNode,
  SharingLogEntry,
  SharingAction,
  AccessName,
  PermissionName,
  AccessEntry,
  AccessReport,
  PlantItemSpec,
  Role,
} from './store';
export { materialiseDrive, drivePaths } from './materialise';
export { createDriveApp, DriveAppEmulation } from './drive-app';
export { Folder } from './folder';
export { File } from './file';
export { DriveIterator } from './iterators';
export { DriveUser, Access, Permission } from './sharing';
export { NO_ITEM_MESSAGE, ACCESS_DENIED_MESSAGE } from './common';
export { ITERATOR_END_MESSAGE } from './iterators';

import type { DriveStore } from './store';

/** The items in the sharing log for one item, oldest first (a harness convenience). */
export function sharingLogFor(store: DriveStore, itemId: string): DriveStore['sharingLog'] {
  return store.sharingLog.filter((entry) => entry.itemId === itemId);
}

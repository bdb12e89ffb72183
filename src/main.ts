/**
 * The only file that names what Apps Script sees. Every export here becomes a top-level
 * function in dist/Code.js (scripts/build.js appends one delegating stub per export), reachable
 * from menus, triggers and google.script.run. Rules live in the imported modules.
 *
 * Editing rule for everyone: add or remove single export lines; keep this file a list.
 */
export { onOpen, onInstall } from './addon/menu';
export { onReflectionSubmit } from './jobs/intake';
export { nightly, setupParticipation } from './jobs/nightly';
export { ensureClientFolders } from './jobs/folders';
export { reflectionLink, rotateReflectionToken } from './jobs/reflection-form';
export { absenceReport, monthlySummary } from './jobs/reports';
export { clientRecord } from './jobs/client-record';
export { weeklyDispatch } from './jobs/dispatch';
export { reminders } from './jobs/reminders';
export { syncMeetings } from './jobs/meetings';
export { sendWelcome } from './jobs/welcome';
export { previewWeekly } from './jobs/preview';
export { resendWeekly, resendWeeklyInfo } from './jobs/resend';
export { setup } from './jobs/setup';
export { importClients, validateRoster } from './jobs/import-clients';
export { planNextWeek } from './jobs/plan-week';
export { proposeGroups } from './jobs/propose-groups';
export { loadDemoRoster } from './jobs/demo-roster';
export { showSidebar } from './addon/sidebar';
export { sidebarToday } from './jobs/sidebar';
export { sidebarClient } from './jobs/sidebar-client';
export { enrolClient, markAttendance, bookOneToOne, approvePlans } from './jobs/sidebar-actions';
export { doGet, doPost } from './webapp/web-app';
export { uploadSubmission } from './jobs/upload';

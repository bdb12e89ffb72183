/**
 * The only file that names what Apps Script sees. Every export here becomes a top-level
 * function in dist/Code.js (scripts/build.js appends one delegating stub per export), reachable
 * from menus, triggers and google.script.run. Rules live in the imported modules.
 *
 * Editing rule for everyone: one line per entry point, in the section that says who may call it.
 */
import { coachOnly, coachOnlyCached } from './addon/access';
import * as sidebarShell from './addon/sidebar';
import * as clientRecordJob from './jobs/client-record';
import * as demo from './jobs/demo-roster';
import * as dispatch from './jobs/dispatch';
import * as folders from './jobs/folders';
import * as imports from './jobs/import-clients';
import * as intake from './jobs/intake';
import * as meetings from './jobs/meetings';
import * as nightlyJob from './jobs/nightly';
import * as planning from './jobs/plan-week';
import * as preview from './jobs/preview';
import * as groups from './jobs/propose-groups';
import * as reflection from './jobs/reflection-form';
import * as reminderJob from './jobs/reminders';
import * as valueMapping from './jobs/roster-value-map';
import * as reports from './jobs/reports';
import * as resend from './jobs/resend';
import * as schedule from './jobs/schedule';
import * as setupJob from './jobs/setup';
import * as sidebar from './jobs/sidebar';
import * as actions from './jobs/sidebar-actions';
import * as attendanceActions from './jobs/sidebar-attendance';
import * as card from './jobs/sidebar-client';
import * as clientPageJob from './jobs/client-page';
import * as welcome from './jobs/welcome';

// Simple triggers: Apps Script runs them without authorisation; they only build the menu.
export { onOpen, onInstall } from './addon/menu';

// Client-facing: anyone with the web app's address reaches these; they check the token.
export { doGet, doPost } from './webapp/web-app';
export { uploadSubmission } from './jobs/upload';

// For coaches only — the sidebar, the menu and installable triggers (see addon/access.ts).
// Not coachOnly: its first act is a call on e.response, which JSON from google.script.run lacks
// (jobs/intake.ts; test/security/forged-intake.test.ts).
export const onReflectionSubmit = intake.onReflectionSubmit;
export const hourlyRun = coachOnly('hourlyRun', schedule.hourlyRun);
export const nightly = coachOnly('nightly', nightlyJob.nightly);
export const drainReflections = coachOnly('drainReflections', intake.drainReflections);
export const setupParticipation = coachOnly('setupParticipation', nightlyJob.setupParticipation);
export const ensureClientFolders = coachOnly('ensureClientFolders', folders.ensureClientFolders);
export const reflectionLink = coachOnly('reflectionLink', reflection.reflectionLink);
export const rotateReflectionToken = coachOnly(
  'rotateReflectionToken',
  reflection.rotateReflectionToken,
);
export const absenceReport = coachOnly('absenceReport', reports.absenceReport);
export const monthlySummary = coachOnly('monthlySummary', reports.monthlySummary);
export const clientRecord = coachOnly('clientRecord', clientRecordJob.clientRecord);
export const weeklyDispatch = coachOnly('weeklyDispatch', dispatch.weeklyDispatch);
export const reminders = coachOnly('reminders', reminderJob.reminders);
export const syncMeetings = coachOnly('syncMeetings', meetings.syncMeetings);
export const sendWelcome = coachOnly('sendWelcome', welcome.sendWelcome);
export const previewWeekly = coachOnly('previewWeekly', preview.previewWeekly);
export const resendWeekly = coachOnly('resendWeekly', resend.resendWeekly);
export const resendWeeklyInfo = coachOnly('resendWeeklyInfo', resend.resendWeeklyInfo);
export const setup = coachOnly('setup', setupJob.setup);
export const importClients = coachOnly('importClients', imports.importClients);
export const importClientsFile = coachOnly('importClientsFile', imports.importClientsFile);
export const validateRoster = coachOnly('validateRoster', imports.validateRoster);
export const mapRosterValues = coachOnly('mapRosterValues', valueMapping.mapRosterValues);
export const planNextWeek = coachOnly('planNextWeek', planning.planNextWeek);
export const proposeGroups = coachOnly('proposeGroups', groups.proposeGroups);
export const loadDemoRoster = coachOnly('loadDemoRoster', demo.loadDemoRoster);
export const showSidebar = coachOnly('showSidebar', sidebarShell.showSidebar);
export const sidebarToday = coachOnly('sidebarToday', sidebar.sidebarToday);
export const sidebarClient = coachOnlyCached(
  'sidebarClient',
  card.cachedClientCard,
  card.sidebarClient,
);
export const enrolClient = coachOnly('enrolClient', actions.enrolClient);
export const markAttendance = coachOnly('markAttendance', attendanceActions.markAttendance);
export const confirmFortnight = coachOnly('confirmFortnight', attendanceActions.confirmFortnight);
export const attendanceToCheck = coachOnly(
  'attendanceToCheck',
  attendanceActions.attendanceToCheck,
);
export const bookOneToOne = coachOnly('bookOneToOne', actions.bookOneToOne);
export const clientPageLink = coachOnly('clientPageLink', clientPageJob.clientPageLink);
export const approvePlans = coachOnly('approvePlans', actions.approvePlans);

export {
  composeMail,
  htmlDocument,
  renderHtml,
  renderText,
  type Block,
  type ComposedMail,
  type Link,
  type MailKind,
} from './compose';
export {
  composeWeekly,
  taskSummary,
  weekNumber,
  LETTER_TASKS_PER_DAY,
  type MailTask,
  type WeeklyDay,
  type WeeklyMailInput,
} from './weekly';
export {
  clock,
  coachLine,
  firstName,
  shortDate,
  type CoachLine,
  type MeetingInfo,
  type MeetingKind,
} from './letter-parts';
export { composeReminder, type ReminderMailInput } from './reminder';
export { composeWelcome, type WelcomeMailInput } from './welcome';
export { composeCoachSummary, type CoachSummaryInput, type SummaryLine } from './summary';
export { composePhoneNotice, type PhoneNotice, type PhoneNoticeInput } from './phone-notice';

export {
  composeMail,
  htmlDocument,
  renderHtml,
  renderText,
  LINK_SLOT,
  type Block,
  type ComposedMail,
  type MailKind,
} from './compose';
export {
  composeWeekly,
  firstName,
  type MailTask,
  type MeetingInfo,
  type WeeklyDay,
  type WeeklyMailInput,
} from './weekly';
export { composeReminder, type ReminderMailInput } from './reminder';
export { composeWelcome, type WelcomeMailInput } from './welcome';
export { composeCoachSummary, type CoachSummaryInput, type SummaryLine } from './summary';

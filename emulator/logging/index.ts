export {
  createLogger,
  createConsole,
  loggerMessage,
  type LogSink,
  type EmulatedConsole,
} from './logging';
export {
  LOG_STORE,
  LOG_CAP,
  appendLog,
  logsOf,
  type LogEntry,
  type LogLevel,
  type LogStore,
} from './store';

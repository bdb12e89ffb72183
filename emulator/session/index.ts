export { createSession, temporaryActiveUserKey, SESSION_LOCALE } from './session';

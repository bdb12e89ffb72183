import type { Lang } from '../types';

/**
 * One area's messages in all three languages. The type forces the same keys in fi, sv and en,
 * so a missing translation is a compile error, not a blank in a client's mail.
 */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

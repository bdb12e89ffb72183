/**
 * `Intl` as a script of a project in `timeZone` sees it. Apps Script runs V8 in the project's
 * zone, so a `DateTimeFormat` made without a `timeZone` option formats in that zone; on the host
 * it would use the machine's `TZ`. Every other member is the host's own `Intl`.
 * https://developers.google.com/apps-script/guides/v8-runtime
 */

const made = new Map<string, typeof Intl>();

export function zonedIntl(timeZone: string): typeof Intl {
  let intl = made.get(timeZone);
  if (!intl) {
    const withZone = (options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions =>
      options?.timeZone === undefined ? { ...options, timeZone } : options;
    type Args = [Intl.LocalesArgument?, Intl.DateTimeFormatOptions?];
    // Called with or without `new`, as ECMA-402 allows for DateTimeFormat.
    const DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
      construct: (target, args: Args) => new target(args[0], withZone(args[1])),
      apply: (target, _this, args: Args) => new target(args[0], withZone(args[1])),
    });
    intl = Object.freeze(
      Object.create(Intl, { DateTimeFormat: { value: DateTimeFormat } }) as typeof Intl,
    );
    made.set(timeZone, intl);
  }
  return intl;
}

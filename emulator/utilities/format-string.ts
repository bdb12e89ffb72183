import { appsScriptError } from '../runtime/errors';

/**
 * Utilities.formatString: "sprintf-like formatting using '%'-style format strings".
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
 * Supported: %s %d %i %f %e %x %X %o %c %b %%, flags - + space 0 #, width and .precision.
 */
const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXocb%])/g;

function applyWidth(
  body: string,
  flags: string,
  width: number | undefined,
  numeric: boolean,
): string {
  if (width === undefined || body.length >= width) return body;
  if (flags.includes('-')) return body + ' '.repeat(width - body.length);
  if (flags.includes('0') && numeric) {
    const sign = /^[+\- ]/.test(body) ? body[0] : '';
    const digits = sign ? body.slice(1) : body;
    return sign + '0'.repeat(width - body.length) + digits;
  }
  return ' '.repeat(width - body.length) + body;
}

function signed(text: string, negative: boolean, flags: string): string {
  if (negative) return `-${text}`;
  if (flags.includes('+')) return `+${text}`;
  if (flags.includes(' ')) return ` ${text}`;
  return text;
}

export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    SPEC,
    (_m, flags: string, w?: string, p?: string, conv?: string) => {
      if (conv === '%') return '%';
      if (next >= args.length) throw appsScriptError(`Missing format argument for %${conv}`);
      const arg = args[next++];
      const width = w === undefined ? undefined : Number(w);
      const precision = p === undefined ? undefined : Number(p);
      const n = Number(arg);
      switch (conv) {
        case 's': {
          const text = String(arg);
          return applyWidth(
            precision === undefined ? text : text.slice(0, precision),
            flags,
            width,
            false,
          );
        }
        case 'b':
          return applyWidth(
            String(arg !== null && arg !== undefined && arg !== false),
            flags,
            width,
            false,
          );
        case 'c':
          return applyWidth(
            typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0),
            flags,
            width,
            false,
          );
        case 'd':
        case 'i': {
          const v = Math.trunc(n);
          return applyWidth(signed(String(Math.abs(v)), v < 0, flags), flags, width, true);
        }
        case 'f':
          return applyWidth(
            signed(Math.abs(n).toFixed(precision ?? 6), n < 0, flags),
            flags,
            width,
            true,
          );
        case 'e':
        case 'E': {
          const [mant, exp] = Math.abs(n)
            .toExponential(precision ?? 6)
            .split('e');
          const e = Number(exp);
          const text = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
          return applyWidth(
            signed(conv === 'E' ? text.toUpperCase() : text, n < 0, flags),
            flags,
            width,
            true,
          );
        }
        case 'x':
        case 'X':
        case 'o': {
          const v = Math.trunc(n);
          const digits = (v < 0 ? v >>> 0 : v).toString(conv === 'o' ? 8 : 16);
          const prefix = flags.includes('#') ? (conv === 'o' ? '0' : '0x') : '';
          const text = prefix + digits;
          return applyWidth(conv === 'X' ? text.toUpperCase() : text, flags, width, true);
        }
        default:
          return _m;
      }
    },
  );
}

/** punycode.js (the npm package of the same code as Node's deprecated `punycode`) ships no types. */
declare module 'punycode.js' {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}

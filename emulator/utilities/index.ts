export {
  createUtilities,
  Charset,
  DigestAlgorithm,
  MacAlgorithm,
  RsaAlgorithm,
  SLEEP_MAX_MS,
  SLEEP_TOO_LONG,
  COULD_NOT_DECODE,
  signedBytes,
  encodeText,
  base64Encode,
  base64Decode,
  seededUuid,
} from './utilities';
export { formatDate } from './format-date';
export { formatString } from './format-string';
export { parseCsv } from './csv';

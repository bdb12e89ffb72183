import { createHash } from 'node:crypto';
import { EmulatedBlob } from '../runtime/blob';
import { withCoverage } from '../runtime/context';
import { attachmentList, toAttachment } from './api';
import type { MailAttachment } from './store';

/**
 * Attachments and inline images of Gmail drafts and messages: kept as plain data in the store
 * (base64, so a saved workspace holds them), handed to scripts as GmailAttachment blobs.
 * https://developers.google.com/apps-script/reference/gmail/gmail-attachment
 */

/** A draft's `attachments` and `inlineImages` options, as the store keeps them. */
export interface StoredParts {
  attachments?: MailAttachment[];
  inlineImages?: MailAttachment[];
}

/**
 * Splits a draft's options into the options kept as given and its parts, read now (as Gmail
 * uploads them when the draft is saved): a part that is not a blob is refused, as sendEmail does.
 */
export function splitParts(options: Record<string, unknown>): {
  options: Record<string, unknown>;
  parts: StoredParts;
} {
  const { attachments, inlineImages, ...rest } = options;
  const parts: StoredParts = {};
  if (attachments !== undefined && attachments !== null) {
    parts.attachments = attachmentList(attachments).map((a) => toAttachment(a));
  }
  if (inlineImages !== undefined && inlineImages !== null) {
    parts.inlineImages = Object.entries(inlineImages as Record<string, unknown>).map(
      ([cid, blob]) => toAttachment(blob, cid),
    );
  }
  return { options: rest, parts };
}

function blobOf(part: MailAttachment): EmulatedBlob {
  return new EmulatedBlob(Buffer.from(part.base64, 'base64'), part.contentType, part.name);
}

/** The parts as sendEmail options again (a draft being sent). */
export function partsAsOptions(parts: StoredParts): {
  attachments?: EmulatedBlob[];
  inlineImages?: Record<string, EmulatedBlob>;
} {
  return {
    ...(parts.attachments ? { attachments: parts.attachments.map(blobOf) } : {}),
    ...(parts.inlineImages
      ? {
          inlineImages: Object.fromEntries(
            parts.inlineImages.map((p) => [p.cid ?? p.name, blobOf(p)]),
          ),
        }
      : {}),
  };
}

/**
 * A GmailAttachment: a Blob with its size and SHA-1 hash.
 * https://developers.google.com/apps-script/reference/gmail/gmail-attachment
 */
class GmailAttachment extends EmulatedBlob {
  /** "Gets the SHA1 content hash for this attachment." */
  getHash(): string {
    return createHash('sha1').update(this.toBuffer()).digest('hex');
  }

  /** "Gets the size of this attachment" in bytes. */
  getSize(): number {
    return this.toBuffer().length;
  }
}

function attachmentHandle(part: MailAttachment) {
  const blob = new GmailAttachment(Buffer.from(part.base64, 'base64'), part.contentType, part.name);
  return withCoverage(blob, 'GmailAttachment');
}

export interface AttachmentOptions {
  includeInlineImages?: boolean;
  includeAttachments?: boolean;
}

/**
 * GmailMessage.getAttachments([options]): the regular attachments and the inline images, each
 * left out when its option is false (both default to true).
 * https://developers.google.com/apps-script/reference/gmail/gmail-message#getAttachments(Object)
 */
export function attachmentsOf(parts: StoredParts, options: AttachmentOptions = {}) {
  const regular = options.includeAttachments === false ? [] : (parts.attachments ?? []);
  const inline = options.includeInlineImages === false ? [] : (parts.inlineImages ?? []);
  return [...regular, ...inline].map(attachmentHandle);
}

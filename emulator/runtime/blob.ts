/**
 * Apps Script's Blob (Utilities.newBlob, File.getBlob, upload payloads): bytes with a content
 * type and a name. Bytes are kept as a Node Buffer; `getBytes()` returns signed bytes (-128..127)
 * as Apps Script's Java-backed byte[] does.
 */
export class EmulatedBlob {
  private bytes: Buffer;

  constructor(
    data: Buffer | Uint8Array | number[] | string,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = toBuffer(data);
  }

  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }

  getDataAsString(charset = 'UTF-8'): string {
    return this.bytes.toString(
      charset.toLowerCase().replace('-', '') === 'utf8' ? 'utf8' : 'latin1',
    );
  }

  setDataFromString(text: string): EmulatedBlob {
    this.bytes = Buffer.from(text, 'utf8');
    return this;
  }

  setBytes(data: number[]): EmulatedBlob {
    this.bytes = toBuffer(data);
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): EmulatedBlob {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): EmulatedBlob {
    this.name = name;
    return this;
  }

  copyBlob(): EmulatedBlob {
    return new EmulatedBlob(Buffer.from(this.bytes), this.contentType, this.name);
  }

  getBlob(): EmulatedBlob {
    return this;
  }

  /** Conversion between formats is not emulated; asking for the blob's own type is a copy. */
  getAs(contentType: string): EmulatedBlob {
    if (contentType !== this.contentType) {
      throw new Error(`Not emulated: Blob.getAs("${contentType}") from ${this.contentType}.`);
    }
    return this.copyBlob();
  }

  isGoogleType(): boolean {
    return false;
  }

  /** Node-side access for the emulator itself. */
  toBuffer(): Buffer {
    return this.bytes;
  }
}

export function toBuffer(data: Buffer | Uint8Array | number[] | string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data);
  return Buffer.from(data.map((b) => b & 0xff));
}

export function isBlobLike(
  value: unknown,
): value is { getBytes(): number[]; getContentType(): string | null; getName(): string | null } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getBytes?: unknown }).getBytes === 'function'
  );
}

/** Why a file's bytes are not UTF-8 text, and where: one line and column (1-based), and what to do about it. */
export interface EncodingProblem {
  line: number;
  column: number;
  message: string;
}

const BINARY =
  'The file is not UTF-8 text (it holds binary data here). Expected a YAML text file — is this the right file?';
const UTF16 =
  'The file is saved as UTF-16; YAML scenario and personas files are read as UTF-8. Save it as UTF-8 ' +
  '(in most editors: "Save with encoding" or the encoding in the status bar).';

/**
 * `text` is `bytes` decoded as UTF-8. Editors on Windows save as UTF-16 (NUL bytes between ASCII characters) or as
 * Windows-1252 (é as the single byte 0xE9): each is named, so that the fix is to save the file again, not to
 * look for another one. Control characters (NUL and the like) that are not UTF-16 mean binary data.
 */
export function encodingProblem(bytes: Buffer, text: string): EncodingProblem | undefined {
  if (looksUtf16(bytes)) return { line: 1, column: 1, message: UTF16 };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const control = text.search(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  // Bytes that are not UTF-8 decode as U+FFFD (which a file may also hold as itself: then it is valid).
  const invalid = text.includes('\uFFFD') ? firstInvalidUtf8Byte(bytes) : undefined;
  if (control >= 0) {
    const at = invalid === undefined ? control : Math.min(control, charOffset(bytes, invalid));
    return { ...positionInText(text, at), message: BINARY };
  }
  if (invalid === undefined) return undefined;
  const byte = bytes[invalid] as number;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  // Windows-1252 and Latin-1 agree from 0xA0 on, where the letters with accents are.
  const shown = byte >= 0xa0 ? ` (${String.fromCharCode(byte)} in Windows-1252)` : '';
  return {
    ...positionOfByte(bytes, invalid),
    message:
      `byte ${hex}${shown} is not UTF-8: the file looks saved as Windows-1252/Latin-1. Save it as UTF-8 ` +
      '(in most editors: "Save with encoding" or the encoding in the status bar).',
  };
}

/** A UTF-16 byte-order mark, or NUL bytes in most odd (or most even) positions and in none of the others. */
function looksUtf16(bytes: Buffer): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  const sample = Math.min(bytes.length, 4096);
  const nuls = [0, 0];
  for (let index = 0; index < sample; index++) if (bytes[index] === 0) nuls[index % 2]++;
  const pairs = Math.floor(sample / 2);
  const [even = 0, odd = 0] = nuls;
  // ASCII text as UTF-16 has a NUL in every other byte; binary data has NULs anywhere.
  return pairs >= 2 && Math.max(even, odd) >= pairs * 0.7 && Math.min(even, odd) <= pairs * 0.05;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, if any. */
function firstInvalidUtf8Byte(bytes: Buffer): number | undefined {
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf
        ? 2
        : byte >= 0xe0 && byte <= 0xef
          ? 3
          : byte >= 0xf0 && byte <= 0xf4
            ? 4
            : 0;
    if (length === 0) return index;
    const second = bytes[index + 1];
    if (second === undefined) return index;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return index;
    for (let next = 2; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || continuation < 0x80 || continuation > 0xbf) return index;
    }
    index += length;
  }
  return undefined;
}

/** Line and column of a byte that follows valid UTF-8, the column counted in characters as the text shows them. */
function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let index = bytes.indexOf(0x0a); index >= 0 && index < offset; index = bytes.indexOf(0x0a, index + 1))
    line++;
  return { line, column: bytes.subarray(lineStart, offset).toString('utf8').length + 1 };
}

/** Where in the decoded text the byte at `offset` (after valid UTF-8 only) ends up. */
function charOffset(bytes: Buffer, offset: number): number {
  return bytes.subarray(0, offset).toString('utf8').length;
}

function positionInText(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

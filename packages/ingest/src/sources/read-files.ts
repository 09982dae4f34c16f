/**
 * Raw bytes of a file or of stdin, within the size limit: a file's size is checked before it is
 * read, a stream is read until it passes the limit and then refused.
 */
import { promises as fs } from 'node:fs';
import { formatBytes, formatSizeAgainst, SourceError } from './source-types.js';

/** Bytes of the file at `absolutePath`, or `SourceError` NOT_FOUND, UNREADABLE or TOO_LARGE. */
export async function readFileBytes(absolutePath: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(absolutePath);
    if (!stat.isFile()) throw new SourceError('UNREADABLE', 'is not a regular file');
    if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
    const bytes = await fs.readFile(absolutePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) throw tooLarge(bytes.byteLength, maxBytes);
    return bytes;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceError('NOT_FOUND', 'no such file', { cause: error });
    if (code === 'EACCES' || code === 'EPERM')
      throw new SourceError('UNREADABLE', 'permission denied', { cause: error });
    throw new SourceError('UNREADABLE', `could not be read (${code ?? (error as Error).message})`, {
      cause: error,
    });
  }
}

function tooLarge(size: number, maxBytes: number): SourceError {
  return new SourceError(
    'TOO_LARGE',
    `is ${formatSizeAgainst(size, maxBytes)}, over the ${formatBytes(maxBytes)} limit`,
  );
}

/** All bytes of a stream (stdin), or `SourceError` TOO_LARGE as soon as it passes `maxBytes`. */
export async function readStreamBytes(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.byteLength;
    if (total > maxBytes) {
      // Leaving the loop stops (destroys) the stream; the rest is never read.
      throw new SourceError('TOO_LARGE', `is over the ${formatBytes(maxBytes)} limit`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

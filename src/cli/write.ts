/**
 * Writing an output file safely: the text goes to a temporary file in the
 * target's own folder, is flushed to disk (fsync), then renamed over the
 * target. A failed write (disk full, a file-size limit, a signal) leaves the
 * previous file untouched and no temporary file behind; the target is never
 * seen half-written.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A problem with the output file; its message is one line, fit for stderr. */
export class OutputError extends Error {
  override name = 'OutputError';
}

function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such folder';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    case 'EFBIG':
      return 'the file is larger than the file-size limit allows';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EIO':
      return 'an input/output error';
    default:
      return code ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

/** The same file (dev + inode: symbolic and hard links too) as any of `others`? */
export function sameFile(a: string, others: readonly string[]): string | undefined {
  let sa;
  try {
    sa = statSync(a);
  } catch {
    return undefined; // does not exist (yet): cannot be an input
  }
  for (const other of others) {
    try {
      const so = statSync(other);
      if (so.dev === sa.dev && so.ino === sa.ino) return other;
    } catch {
      // an unreadable input is reported when it is read
    }
  }
  return undefined;
}

/**
 * Where the bytes really go: the target itself, or, when it is a symbolic
 * link, the file it points to (so the link survives). Refuses a directory or
 * anything but a regular file (a device such as /dev/full, a FIFO), which a
 * rename would replace.
 */
export function resolveTarget(file: string): string {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError(`cannot write "${file}": ${why(err)}`);
    // The file does not exist: its folder must.
    const dir = path.dirname(path.resolve(file));
    let dirReal: string;
    try {
      dirReal = realpathSync(dir);
    } catch (e) {
      throw new OutputError(`cannot write "${file}": ${why(e)}`);
    }
    if (!statSync(dirReal).isDirectory()) throw new OutputError(`cannot write "${file}": a part of the path is not a directory`);
    return path.join(dirReal, path.basename(file));
  }
  const stat = statSync(real);
  if (stat.isDirectory()) throw new OutputError(`cannot write "${file}": it is a directory`);
  if (!stat.isFile()) throw new OutputError(`cannot write "${file}": not a regular file (only a regular file is replaced)`);
  return real;
}

export interface WriteOptions {
  /** Give up (and leave nothing behind) after this long; default 30 s. */
  timeoutMs?: number;
}

/**
 * Writes `text` (UTF-8) to `file` atomically. Throws OutputError with a one-line
 * message; on any failure the temporary file is removed and `file` is as before.
 */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
  const target = resolveTarget(file);
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let previousMode: number | undefined;
  try {
    previousMode = statSync(target).mode & 0o7777;
  } catch {
    previousMode = undefined;
  }
  const bytes = Buffer.from(text, 'utf8');
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o666);
    if (!fstatSync(fd).isFile()) throw new OutputError(`cannot write "${file}": the temporary file is not a regular file`);
    let offset = 0;
    while (offset < bytes.length) {
      const n = writeSync(fd, bytes, offset, bytes.length - offset);
      // A write that makes no progress would loop for ever: give up instead.
      if (n <= 0) throw new OutputError(`cannot write "${file}": the write made no progress`);
      offset += n;
      if (Date.now() > deadline) throw new OutputError(`cannot write "${file}": timed out`);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (previousMode !== undefined) chmodSync(tmp, previousMode);
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    if (err instanceof OutputError) throw err;
    throw new OutputError(`cannot write "${file}": ${why(err)}`);
  }
  // Make the rename itself durable; not every file system allows fsync on a folder.
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // best effort
  }
}

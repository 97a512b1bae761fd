// Writes output files all-or-nothing: each goes to a temp file beside its target and is renamed into place,
// so a command that fails (or is killed) never leaves a half-written report, and a pair of reports is never half replaced.

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface FileToWrite {
  readonly path: string;
  readonly data: string | Buffer;
}

/** Writes one file atomically, creating its folder if missing; on any failure the temp file is removed and the target is untouched. */
export async function writeFileAtomic(target: string, data: string | Buffer): Promise<void> {
  const temp = await writeTemp(target, data);
  try {
    await renameIntoPlace(temp, target);
  } catch (err) {
    await removeQuietly(temp);
    throw err;
  }
}

/**
 * Writes several files as one step. The caller renders every file before calling, so nothing can fail half way through
 * rendering; here all temp files are written first (a failure leaves every target untouched), then renamed into place.
 * If a rename fails, the files this call already replaced are put back as they were (restored from a backup copy,
 * or removed if they did not exist before), best effort, and the first error is thrown.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) temps.push(await writeTemp(file.path, file.data));
  } catch (err) {
    await Promise.all(temps.map(removeQuietly));
    throw err;
  }

  const done: { target: string; backup: string | undefined }[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      const target = files[i].path;
      const backup = await backupIfExists(target);
      try {
        await renameIntoPlace(temps[i], target);
      } catch (err) {
        // this target was not touched, so its backup is not needed
        if (backup) await removeQuietly(backup);
        throw err;
      }
      done.push({ target, backup });
    }
  } catch (err) {
    // newest first, so a path listed twice ends with its original content
    for (const { target, backup } of done.reverse()) {
      // a backup that cannot be put back is left beside the target rather than deleted: it is the only copy of the old file
      if (backup) await fs.rename(backup, target).catch(() => undefined);
      else await removeQuietly(target);
    }
    await Promise.all(temps.map(removeQuietly));
    throw err;
  }
  await Promise.all(done.map(({ backup }) => (backup ? removeQuietly(backup) : undefined)));
}

/** A hidden name beside the target, unique per call, so two runs writing the same file cannot collide. */
function siblingName(target: string, kind: 'tmp' | 'bak'): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.${kind}`);
}

/** Creates the folder, then writes and flushes the temp file to disk before it may replace anything. */
async function writeTemp(target: string, data: string | Buffer): Promise<string> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = siblingName(target, 'tmp');
  let handle: fs.FileHandle | undefined;
  try {
    // wx: never follow or reuse an existing file at the temp name
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    return temp;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await removeQuietly(temp);
    throw err;
  }
}

/** A copy of an existing target, so a later failure can put it back with one atomic rename. */
async function backupIfExists(target: string): Promise<string | undefined> {
  const backup = siblingName(target, 'bak');
  try {
    await fs.copyFile(target, backup);
    return backup;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    await removeQuietly(backup);
    throw err;
  }
}

const BUSY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * On Windows a rename fails for a moment while an antivirus or the search indexer holds the target, so it is retried briefly;
 * a file kept open in Excel still fails after the retries and the error reaches the user.
 */
async function renameIntoPlace(temp: string, target: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(temp, target);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !BUSY_CODES.has(code) || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

async function removeQuietly(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch(() => undefined);
}

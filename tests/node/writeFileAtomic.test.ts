// Tests of the all-or-nothing file writer: a file appears whole or not at all, no temp file is left behind,
// and when one of several files fails the others are put back as they were.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic, writeFilesAtomic } from '../../src/node/writeFileAtomic';
import { type TempDir, tempDir } from '../support/tempDir';

let tmp: TempDir;
let dir: string;
beforeEach(() => {
  tmp = tempDir();
  dir = tmp.dir;
});
afterEach(() => tmp.cleanup());

/** Every file under a folder, relative to it, so a stray temp or backup file shows up. */
async function listAll(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

async function rejection(p: Promise<unknown>): Promise<NodeJS.ErrnoException> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  // fs errors come from Node's realm, not the test's, so instanceof Error does not hold under jest
  expect(err).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  return err as NodeJS.ErrnoException;
}

describe('writeFileAtomic', () => {
  it('writes a string as UTF-8 and a Buffer byte for byte, leaving only the target', async () => {
    const html = path.join(dir, 'รายงาน.html');
    await writeFileAtomic(html, '<p>ของดีบ้านเรา</p>');
    expect(await fs.readFile(html, 'utf8')).toBe('<p>ของดีบ้านเรา</p>');
    const xlsx = path.join(dir, 'report.xlsx');
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    await writeFileAtomic(xlsx, bytes);
    expect(await fs.readFile(xlsx)).toEqual(bytes);
    expect(await listAll(dir)).toEqual(['report.xlsx', 'รายงาน.html']);
  });

  it('replaces an existing file', async () => {
    const file = path.join(dir, 'report.html');
    await fs.writeFile(file, 'old '.repeat(1000));
    await writeFileAtomic(file, 'new');
    expect(await fs.readFile(file, 'utf8')).toBe('new');
    expect(await listAll(dir)).toEqual(['report.html']);
  });

  it('creates missing folders', async () => {
    const file = path.join(dir, 'out', 'พะเยา', '2569', 'report.html');
    await writeFileAtomic(file, 'x');
    expect(await fs.readFile(file, 'utf8')).toBe('x');
  });

  it('fails when the target folder is a file, leaving no temp file', async () => {
    const notAFolder = path.join(dir, 'out');
    await fs.writeFile(notAFolder, 'a file');
    const err = await rejection(writeFileAtomic(path.join(notAFolder, 'report.html'), 'x'));
    expect(['ENOTDIR', 'EEXIST']).toContain(err.code);
    expect(await listAll(dir)).toEqual(['out']);
    expect(await fs.readFile(notAFolder, 'utf8')).toBe('a file');
  });

  it('fails when the target is a folder, removing the temp file it wrote', async () => {
    const target = path.join(dir, 'report.html');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'keep.txt'), 'kept');
    await rejection(writeFileAtomic(target, 'x'));
    expect(await listAll(dir)).toEqual([path.join('report.html', 'keep.txt')]);
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file', async () => {
    const xlsx = path.join(dir, 'a', 'report.xlsx');
    const html = path.join(dir, 'b', 'report.html');
    await writeFilesAtomic([
      { path: xlsx, data: Buffer.from('PK-xlsx') },
      { path: html, data: '<!DOCTYPE html>' },
    ]);
    expect(await fs.readFile(xlsx, 'utf8')).toBe('PK-xlsx');
    expect(await fs.readFile(html, 'utf8')).toBe('<!DOCTYPE html>');
    expect(await listAll(dir)).toEqual([path.join('a', 'report.xlsx'), path.join('b', 'report.html')]);
  });

  it('writes nothing when a temp file cannot be written (folder is a file)', async () => {
    const xlsx = path.join(dir, 'report.xlsx');
    await fs.writeFile(path.join(dir, 'html'), 'a file');
    await rejection(
      writeFilesAtomic([
        { path: xlsx, data: 'new xlsx' },
        { path: path.join(dir, 'html', 'report.html'), data: 'new html' },
      ]),
    );
    expect(await listAll(dir)).toEqual(['html']);
  });

  it('rolls back: removes a file it created and restores a file it replaced when a later file fails', async () => {
    const created = path.join(dir, 'report.xlsx');
    const replaced = path.join(dir, 'old.html');
    await fs.writeFile(replaced, 'previous report');
    const blocked = path.join(dir, 'blocked.html');
    await fs.mkdir(blocked);
    await rejection(
      writeFilesAtomic([
        { path: created, data: 'new xlsx' },
        { path: replaced, data: 'new html' },
        { path: blocked, data: 'cannot land' },
      ]),
    );
    expect(await listAll(dir)).toEqual(['old.html']);
    expect(await fs.readFile(replaced, 'utf8')).toBe('previous report');
  });

  it('rolls back when the rename itself fails after the backup was taken', async () => {
    const xlsx = path.join(dir, 'report.xlsx');
    const html = path.join(dir, 'report.html');
    await fs.writeFile(xlsx, 'previous xlsx');
    await fs.writeFile(html, 'previous html');
    const realRename = fs.rename.bind(fs);
    const spy = jest.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (String(from).endsWith('.tmp') && to === html)
        throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return realRename(from, to);
    });
    try {
      const err = await rejection(
        writeFilesAtomic([
          { path: xlsx, data: 'new xlsx' },
          { path: html, data: 'new html' },
        ]),
      );
      expect(err.code).toBe('EIO');
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(xlsx, 'utf8')).toBe('previous xlsx');
    expect(await fs.readFile(html, 'utf8')).toBe('previous html');
    expect(await listAll(dir)).toEqual(['report.html', 'report.xlsx']);
  });

  it('restores the original when the same path is listed twice and a later file fails', async () => {
    const file = path.join(dir, 'report.html');
    await fs.writeFile(file, 'original');
    await fs.mkdir(path.join(dir, 'blocked'));
    await rejection(
      writeFilesAtomic([
        { path: file, data: 'first' },
        { path: file, data: 'second' },
        { path: path.join(dir, 'blocked'), data: 'x' },
      ]),
    );
    expect(await fs.readFile(file, 'utf8')).toBe('original');
    expect(await listAll(dir)).toEqual(['report.html']);
  });

  it('accepts an empty list', async () => {
    await writeFilesAtomic([]);
    expect(await listAll(dir)).toEqual([]);
  });
});

// A province file the user may not read becomes that province's noPermission status (tests run as root cannot chmod a file
// out of reach, so the reader is made to fail the way Node fails on EACCES for one file name).

import { fileMessages } from '../../src/core/messages/files';
import { runCli } from '../support/cli';
import { REGISTRY_CSV } from '../support/rollupData';
import { tempDir } from '../support/tempDir';
import { reportSpecs, sheetRows, TODAY_ARGS, writeCsv } from './fixture';

jest.mock('../../src/node/readTable', () => {
  const actual = jest.requireActual('../../src/node/readTable');
  return {
    ...actual,
    readWorkbook: async (file: string) => {
      if (file.endsWith('น่าน.csv'))
        throw new actual.FileProblem(
          'FILE_UNREADABLE',
          fileMessages.noPermission(file),
          Object.assign(new Error('EACCES'), { code: 'EACCES' }),
        );
      return actual.readWorkbook(file);
    },
  };
});

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test('EACCES on one file: noPermission for its province, the others consolidated', async () => {
  writeCsv(tmp.path('พะเยา.csv'), sheetRows(reportSpecs('56', 'csv', []), {}, 'csv'));
  writeCsv(tmp.path('น่าน.csv'), sheetRows(reportSpecs('55', 'csv', []), {}, 'csv'));
  const run = await runCli('consolidate', tmp.dir, '--json', '--registry', REGISTRY_CSV, ...TODAY_ARGS);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const statuses = JSON.parse(run.stdout).statuses as {
    province: { code: string } | null;
    status: string;
    explanation: { th: string };
  }[];
  const nan = statuses.find((s) => s.province?.code === '55')!;
  expect(nan.status).toBe('noPermission');
  expect(nan.explanation.th).toContain('แชร์');
  expect(nan.explanation.th).toContain('ไม่มีสิทธิ์เปิดไฟล์');
  expect(statuses.find((s) => s.province?.code === '56')!.status).toBe('ok');
});

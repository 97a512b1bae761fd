// exceljs, loaded on first use: requiring it costs about half a second of start-up, which a run that reads only CSV
// files and writes no xlsx should not pay.

import type * as ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | undefined;

export function excelJs(): typeof ExcelJS {
  // a plain require: the CLI bundle and the tests are both CommonJS, and exceljs itself is CommonJS
  loaded ??= require('exceljs') as typeof ExcelJS;
  return loaded;
}

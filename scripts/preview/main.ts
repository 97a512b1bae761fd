// `npm run preview [workbook.xlsx]`: serves the built sidebar on 127.0.0.1 (port from PORT, default 8765) against the
// in-memory twin of samples/phayao-report.xlsx (or the file given), in Thailand's time zone like the add-on's manifest.

import { startPreview } from './server';

process.env.TZ = 'Asia/Bangkok';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8765);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  // KHONGDEE_DIST previews another build than dist/ (the browser tests honour it too)
  const preview = await startPreview({
    port,
    workbookFile: process.argv[2],
    distDir: process.env.KHONGDEE_DIST || undefined,
  });
  console.log(
    `Local preview of ของดีบ้านเรา: ${preview.url}/  (sidebar alone: ${preview.url}/sidebar, workbook: ${preview.url}/workbook)`,
  );
  console.log('Every change lives in memory only; stop with Ctrl+C.');
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

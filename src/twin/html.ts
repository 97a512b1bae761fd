// HtmlService and HtmlOutput. createHtmlOutputFromFile reads through an injectable provider (name → html);
// distHtmlFiles() is the provider that reads dist/<name>.html. Counted as Html calls, not Spreadsheet.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlOutputApi, HtmlServiceApi } from '../addon/adapter/services';
import { packageRoot } from '../node/packageRoot';
import type { ServiceCounter } from './counter';
import { fail, MESSAGES } from './errors';

/** The project's HTML files by name (without '.html'); undefined when there is no such file. */
export type HtmlFileProvider = (name: string) => string | undefined;

export const DIST_DIR = join(packageRoot(), 'dist');

export function distHtmlFiles(dir: string = DIST_DIR): HtmlFileProvider {
  return (name) => {
    const file = join(dir, name.endsWith('.html') ? name : `${name}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}

export class TwinHtmlOutput implements HtmlOutputApi {
  /** twin-only fields, as last set (undefined when never set) */
  title: string | undefined;
  width: number | undefined;
  height: number | undefined;

  constructor(
    private readonly counter: ServiceCounter,
    readonly content: string,
    /** the file it came from, if any */
    readonly fileName?: string,
  ) {}

  setTitle(title: string): this {
    this.counter.other('HtmlOutput', 'setTitle');
    this.title = title;
    return this;
  }

  setWidth(width: number): this {
    this.counter.other('HtmlOutput', 'setWidth');
    this.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.counter.other('HtmlOutput', 'setHeight');
    this.height = height;
    return this;
  }

  getContent(): string {
    this.counter.other('HtmlOutput', 'getContent');
    return this.content;
  }
}

export class TwinHtmlService implements HtmlServiceApi {
  constructor(
    private readonly counter: ServiceCounter,
    /** replaceable by a test */
    public files: HtmlFileProvider = () => undefined,
  ) {}

  createHtmlOutputFromFile(filename: string): TwinHtmlOutput {
    this.counter.other('HtmlService', 'createHtmlOutputFromFile');
    const html = this.files(filename);
    if (html === undefined) fail(MESSAGES.noHtmlFile(filename));
    return new TwinHtmlOutput(this.counter, html, filename);
  }

  createHtmlOutput(html: string): TwinHtmlOutput {
    this.counter.other('HtmlService', 'createHtmlOutput');
    return new TwinHtmlOutput(this.counter, String(html ?? ''));
  }
}

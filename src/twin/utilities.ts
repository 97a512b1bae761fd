// Utilities.formatDate for the twin: the subset of Java SimpleDateFormat patterns the add-on uses, in any time zone.

import type { UtilitiesApi } from '../addon/adapter/services';
import type { ServiceCounter } from './counter';
import { type WallClock, wallClock } from './zone';

const two = (n: number) => String(n).padStart(2, '0');

/** RFC 822 offset, as the letter Z gives it: "+0700", "-0800" */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
}

/** Letters as SimpleDateFormat reads them: https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html */
function field(letter: string, width: number, w: WallClock): string {
  switch (letter) {
    case 'y':
      return width === 2 ? two(w.year % 100) : String(w.year).padStart(width, '0');
    case 'M':
      return String(w.month).padStart(width, '0');
    case 'd':
      return String(w.day).padStart(width, '0');
    case 'H':
      return String(w.hour).padStart(width, '0');
    case 'm':
      return String(w.minute).padStart(width, '0');
    case 's':
      return String(w.second).padStart(width, '0');
    case 'S':
      return String(w.millisecond).padStart(width, '0');
    case 'Z':
      return offsetText(w.offsetMinutes);
    default:
      throw new Error(`twin: Utilities.formatDate does not model the pattern letter "${letter}"`);
  }
}

export class TwinUtilities implements UtilitiesApi {
  constructor(private readonly counter: ServiceCounter) {}

  /** https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) */
  formatDate(date: Date, timeZone: string, format: string): string {
    this.counter.other('Utilities', 'formatDate');
    const w = wallClock(date.getTime(), timeZone);
    let out = '';
    for (let i = 0; i < format.length; ) {
      const c = format[i];
      if (c === "'") {
        // quoted text, in which '' is a quote (and '' outside quotes too)
        let j = i + 1;
        if (format[j] === "'") {
          out += "'";
          i = j + 1;
          continue;
        }
        while (j < format.length) {
          if (format[j] === "'" && format[j + 1] === "'") {
            out += "'";
            j += 2;
          } else if (format[j] === "'") break;
          else out += format[j++];
        }
        i = j + 1;
      } else if (/[A-Za-z]/.test(c)) {
        let j = i;
        while (format[j] === c) j++;
        out += field(c, j - i, w);
        i = j;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }
}

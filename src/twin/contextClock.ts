// Puts a node:vm context's clock on one the caller controls, so a bundle run in it sees the day and time a test (or the
// preview's twin) says rather than the machine's.

import vm from 'node:vm';

/**
 * Replaces the context's Date, before the bundle is run in it, with the same constructor seen through a proxy: Date.now(),
 * `new Date()` and `Date()` read `clock`; `new Date(args)`, Date.UTC, Date.parse, `instanceof Date` and subclasses are the
 * context's own Date, so Dates the twin makes with it (Twin.bindToContext) are still the context's Dates.
 */
export function setContextClock(context: vm.Context, clock: () => number): void {
  const install = vm.runInContext(
    `(clock) => {
      const RealDate = Date;
      const now = () => clock();
      const ClockDate = new Proxy(RealDate, {
        construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [clock()] : args, newTarget),
        apply: () => new RealDate(clock()).toString(),
        get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
      });
      // so that d.constructor === Date still holds inside the context
      RealDate.prototype.constructor = ClockDate;
      globalThis.Date = ClockDate;
    }`,
    context,
  ) as (clock: () => number) => void;
  install(clock);
}

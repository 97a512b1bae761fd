// The top of the review sidebar: the district, period and filter lists (a change asks for the list again) and the
// lines under them: the counts by status, and notes when the list is cut short or decisions wait outside it.
/// <reference lib="dom" />

import type { ReviewContextReady, ReviewFilter, ReviewQuery } from '../addon/review/types';
import { reviewSidebarMessages as M } from '../core/messages/reviewSidebar';
import { choiceList, el } from '../smallDialogs/dom';

export interface Controls {
  readonly root: HTMLElement;
  /** what the lists now say */
  query(): ReviewQuery;
  /** shows what the server says it listed, and its counts */
  show(ctx: ReviewContextReady, decidedOutside: number): void;
  loading(): void;
  setDisabled(disabled: boolean): void;
}

function note(className: string): HTMLElement {
  const line = el('p');
  line.className = className;
  return line;
}

/** Built once from the first context: the districts and periods do not change while the sidebar is open. */
export function controls(first: ReviewContextReady, changed: (query: ReviewQuery) => void): Controls {
  const districts = [{ value: '', label: M.allDistricts.th }, ...first.districts.map((d) => ({ value: d, label: d }))];
  const periods = first.periods.map((p) => ({ value: p.key, label: p.label }));
  const filters = [
    { value: 'pending', label: M.filterPending.th },
    { value: 'all', label: M.filterAll.th },
  ];
  const pairs = [
    choiceList('district', M.districtLabel.th, districts, first.chosen.district),
    choiceList('period', M.periodLabel.th, periods, first.chosen.period),
    choiceList('filter', M.filterLabel.th, filters, first.chosen.filter),
  ];
  const [district, period, filter] = pairs.map(([, list]) => list);
  const root = el('div');
  root.className = 'controls';
  const grid = el('div');
  grid.className = 'choices';
  for (const [caption, list] of pairs) grid.append(caption, list);
  const counts = note('counts');
  counts.id = 'counts';
  const truncated = note('notice');
  truncated.id = 'truncated';
  const outside = note('notice');
  outside.id = 'outside';
  root.append(grid, counts, truncated, outside);

  const query = (): ReviewQuery => ({
    district: district.value,
    period: period.value,
    filter: filter.value as ReviewFilter,
  });
  for (const list of [district, period, filter]) list.addEventListener('change', () => changed(query()));

  return {
    root,
    query,
    show(ctx, decidedOutside) {
      district.value = ctx.chosen.district;
      period.value = ctx.chosen.period;
      filter.value = ctx.chosen.filter;
      counts.textContent = M.counts(ctx.counts).th;
      truncated.textContent = ctx.truncated ? M.truncated(ctx.rows.length).th : '';
      truncated.hidden = !ctx.truncated;
      outside.textContent = decidedOutside > 0 ? M.offList(decidedOutside).th : '';
      outside.hidden = decidedOutside === 0;
    },
    loading() {
      counts.textContent = M.loading.th;
    },
    setDisabled(disabled) {
      for (const list of [district, period, filter]) list.disabled = disabled;
    },
  };
}

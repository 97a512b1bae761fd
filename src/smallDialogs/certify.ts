// The รับรองผล dialog's page: the period, the level (the province, or one district), certify or reopen, and for the
// province the staff who may still edit the certified rows; where the chosen period stands is shown above the button.
/// <reference lib="dom" />

import { runServer } from '../client/scriptRun';
import { certificationMessages as M } from '../core/messages/certification';
import { choiceList, el, runButton } from './dom';
import { periodFields } from './period';

export async function startCertify(app: HTMLElement): Promise<void> {
  let context = await runServer('getCertifyDialogContext');
  app.replaceChildren();
  const period = periodFields(app, context.choices, M.periodLabel.th);
  const levels = [
    { value: '', label: M.provinceChoice.th },
    ...context.districts.map((d) => ({ value: d, label: M.districtChoice(d).th })),
  ];
  const [levelCaption, level] = choiceList('level', M.levelLabel.th, levels, '');
  const acts = [
    { value: 'certify', label: M.certifyChoice.th },
    { value: 'reopen', label: M.reopenChoice.th },
  ];
  const [actCaption, act] = choiceList('act', M.actLabel.th, acts, 'certify');
  const staffCaption = el('label', M.staffLabel.th);
  staffCaption.htmlFor = 'staff';
  const staff = el('input');
  staff.id = 'staff';
  staff.value = context.staff;
  const state = el('ul');
  state.id = 'state';
  state.className = 'note';
  const show = () => {
    const lines = context.states[period()] ?? [M.stateNone.th];
    state.replaceChildren(...lines.map((l) => el('li', l)));
    const forProvince = level.value === '' && act.value === 'certify';
    staffCaption.hidden = !forProvince;
    staff.hidden = !forProvince;
  };
  app.append(levelCaption, level, actCaption, act, staffCaption, staff, state);
  for (const id of ['period', 'other', 'level', 'act'])
    for (const type of ['change', 'input']) document.getElementById(id)?.addEventListener(type, show);
  show();
  runButton(
    app,
    M.run.th,
    M.working.th,
    () =>
      runServer('certifyPeriod', {
        period: period(),
        district: level.value,
        act: act.value === 'reopen' ? 'reopen' : 'certify',
        staff: staff.value,
      }),
    // what was recorded shows in the state lines, asked again
    (answer) => {
      if (answer.ok)
        void runServer('getCertifyDialogContext').then((next) => {
          context = next;
          show();
        });
    },
  );
}

/**
 * The transfer dialog: to a colleague who can take the buyer now, or back to a skill group's queue, always with a
 * handover note.
 */
import { $, call, dom, element, me, notice, problem, shopId, showFieldErrors, state, t } from './page.js';
import { renderChat } from './messages.js';
import { scheduleRefresh } from './conversations.js';

export async function openTransfer() {
  const form = dom.transferForm;
  form.reset();
  showFieldErrors(form, []);
  const select = form.elements.toAgentId;
  select.replaceChildren();
  try {
    const seats = await call('GET', '/shops/' + shopId + '/seats');
    // only those who can take the buyer now: online and below their cap, as the server requires
    seats.filter((s) => s.agentId !== me && s.skillGroup && s.presence === 'ONLINE' && s.load < s.cap)
      .forEach((s) => {
        const option = element('option', null,
          t('agentOption', s.displayName, t('group.' + s.skillGroup), s.load, s.cap));
        option.value = s.agentId;
        select.append(option);
      });
  } catch (error) {
    problem(error);
    return;
  }
  const anyone = select.options.length > 0;
  select.hidden = !anyone;
  form.elements.target[0].disabled = !anyone;
  $('wb-transfer-no-agent').hidden = anyone;
  form.elements.target.value = anyone ? 'agent' : 'group';
  form.elements.toSkillGroup.value = state.selected.summary.skillGroup;
  dom.dialog.showModal();
}

export async function submitTransfer(event) {
  event.preventDefault();
  const form = dom.transferForm;
  const note = form.elements.note.value.trim();
  if (!note) {
    showFieldErrors(form, [{ field: 'note', reason: t('noteRequired') }]);
    return;
  }
  const toAgent = form.elements.target.value === 'agent';
  const body = toAgent ? { toAgentId: Number(form.elements.toAgentId.value), note: note }
    : { toSkillGroup: form.elements.toSkillGroup.value, note: note };
  const target = state.selected;
  try {
    const summary = await call('POST', '/agent/conversations/' + target.id + '/transfer', body);
    dom.dialog.close();
    notice(t('transferred', summary.agentName || t('group.' + summary.skillGroup)), true);
    if (state.selected === target) {
      target.summary = summary;
      renderChat();
    }
    scheduleRefresh();
  } catch (error) {
    showFieldErrors(form, (error.problem && error.problem.errors) || [{ field: 'form', reason: error.message }]);
  }
}

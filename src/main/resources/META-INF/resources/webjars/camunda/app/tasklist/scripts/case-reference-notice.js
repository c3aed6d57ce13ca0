/*
 * fostering-concerns (issue 10): when a worker starts a case from Tasklist (a concern, a Standards of Care case, a
 * report on a case), say the case's reference, which the engine's answer to the start form carries as its business
 * key. Tasklist's own notice only says "started". Loaded by scripts/config.js (customScripts); no data is kept.
 */
const START_FORM = /\/process-definition\/[^/]+\/submit-form$/;
const CASE_REFERENCE = /^CC-\d{4}-\d{5}$/;

function showCaseReference(reference) {
  let notice = document.getElementById('fc-case-started');
  if (!notice) {
    notice = document.createElement('div');
    notice.id = 'fc-case-started';
    notice.setAttribute('role', 'status');
    document.body.appendChild(notice);
  }
  notice.textContent = '';
  const text = document.createElement('span');
  text.textContent = 'Recorded. The case reference is ' + reference
    + ': it heads every task of the case and is shown in the task lists.';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-default btn-xs';
  close.textContent = 'Close';
  close.addEventListener('click', () => notice.remove());
  notice.append(text, close);
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.fcCaseStart = String(method).toUpperCase() === 'POST' && START_FORM.test(String(url).split('?')[0]);
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (...args) {
  if (this.fcCaseStart) {
    this.addEventListener('load', () => {
      if (this.status < 200 || this.status >= 300) {
        return;
      }
      try {
        const started = JSON.parse(this.responseText);
        if (started && CASE_REFERENCE.test(started.businessKey || '')) {
          showCaseReference(started.businessKey);
        }
      } catch (e) {
        // not the answer of a start: nothing to say
      }
    });
  }
  return send.apply(this, args);
};

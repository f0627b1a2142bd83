// The signed-out warning and kept drafts, for signed-in editors only (Pages/Shared/_SessionTimeout.cshtml).
// WCAG 2.2.1: a warning two minutes before the idle limit, with one button to stay signed in. And an editor
// never loses typed work to a session that ended (a break, a laptop asleep): when it ends, or when a form is
// posted after it may have, the edit form's fields are kept in this tab (sessionStorage, gone when the tab
// closes) and put back on the same page after signing in again. The server's clock decides; the
// page only asks it. Without this script the portal works the same, minus the warning.
(() => {
  'use strict';
  const dialog = document.getElementById('session-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') return;

  const probe = dialog.dataset.probe;
  const warnBefore = Number(dialog.dataset.warnSeconds) * 1000;
  const stayForm = dialog.querySelector('form');
  const stayButton = dialog.querySelector('[data-stay]');
  const closeButton = dialog.querySelector('[data-close]');
  const countdown = dialog.querySelector('[data-countdown]');
  const finalNote = dialog.querySelector('[data-final]');
  const draftKey = 'portal.draft:' + location.pathname;
  const token = '__RequestVerificationToken';
  const signOutKey = 'portal.signed-out';
  let deadline = 0, timer = 0, ticker = 0, posting = false, askFirst = false;

  // Seconds left by the server's account, or null when it could not be asked (offline: decide nothing).
  const secondsLeft = async (init) => {
    try {
      const response = await fetch(probe, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...init });
      return response.ok ? Number((await response.json()).secondsLeft) : null;
    } catch {
      return null;
    }
  };

  const show = (state) => {
    for (const part of dialog.querySelectorAll('[data-state]')) part.hidden = part.dataset.state !== state;
    dialog.setAttribute('aria-labelledby', `session-${state}-title`);
    dialog.setAttribute('aria-describedby', `session-${state}-text`);
    if (!dialog.open) dialog.showModal();
  };

  const schedule = (left) => {
    deadline = Date.now() + left * 1000;
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, deadline - warnBefore - Date.now()));
  };

  const check = async () => {
    const left = await secondsLeft();
    if (left === null) timer = setTimeout(check, 30000);
    else if (left === 0) signedOut();
    else if (left * 1000 > warnBefore) schedule(left); // another tab kept the session going
    else warn(left, false);
  };

  // Minutes, not a ticking second count: the text changes rarely, so it is not noise for screen readers.
  const tick = () => {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    const minutes = Math.ceil(left / 60);
    countdown.textContent = left >= 60 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : 'less than a minute';
    if (left === 0) {
      clearInterval(ticker);
      check();
    }
  };

  const warn = (left, final) => {
    deadline = Date.now() + left * 1000;
    finalNote.hidden = !final;
    stayButton.hidden = final;
    closeButton.hidden = !final;
    clearInterval(ticker);
    tick();
    ticker = setInterval(tick, 1000);
    show('warning');
    (final ? closeButton : stayButton).focus();
  };

  const stay = async () => {
    const left = await secondsLeft({ method: 'POST', body: new FormData(stayForm) });
    if (!left) return check(); // refused (signed out meanwhile) or unreachable: ask again
    if (left * 1000 <= warnBefore) return warn(left, true); // the absolute limit: no renewing past it
    clearInterval(ticker);
    dialog.close();
    schedule(left);
  };

  const signedOut = () => {
    clearTimeout(timer);
    clearInterval(ticker);
    keepDrafts();
    show('ended');
  };

  const draftForms = () => [...document.querySelectorAll('form[data-keep-draft]')];

  const keepDrafts = () => {
    const forms = draftForms();
    if (forms.length === 0) return;
    const drafts = forms.map((form) => [...new FormData(form)].filter(([name, value]) => name !== token && typeof value === 'string'));
    try {
      sessionStorage.setItem(draftKey, JSON.stringify(drafts));
    } catch {
      // Storage full or turned off: the dialog still says to sign in; nothing more can be done here.
    }
  };

  const fill = (form, entries) => {
    const values = new Map();
    for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
    for (const field of form.elements) {
      if (!field.name || field.name === token || ['file', 'submit', 'button', 'reset'].includes(field.type)) continue;
      const list = values.get(field.name) ?? [];
      if (field.type === 'checkbox' || field.type === 'radio') field.checked = list.includes(field.value);
      else if (field.tagName === 'SELECT') for (const option of field.options) option.selected = list.includes(option.value);
      else field.value = list.shift() ?? '';
    }
  };

  const restoreDrafts = () => {
    let drafts = null;
    try {
      drafts = JSON.parse(sessionStorage.getItem(draftKey) ?? 'null');
      sessionStorage.removeItem(draftKey);
    } catch {
      return;
    }
    const forms = draftForms();
    if (!Array.isArray(drafts) || forms.length === 0) return;
    forms.forEach((form, i) => Array.isArray(drafts[i]) && fill(form, drafts[i]));
    const notice = document.getElementById('session-restored').content.firstElementChild.cloneNode(true);
    forms[0].before(notice);
    notice.focus();
  };

  // A post once the session may have ended (the deadline passed while the computer slept, say, before the timer
  // could warn) first asks the server; if it has ended, the typing is kept and the dialog says so. Posts before
  // the deadline go straight through: no wait on every save.
  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (form.matches('[data-sign-out]')) announceSignOut();
    if (form === stayForm || form.method !== 'post' || form.dataset.checked || (!askFirst && Date.now() < deadline - 5000)) return;
    event.preventDefault();
    if (posting) return;
    posting = true;
    const left = await secondsLeft();
    posting = false;
    if (left === 0) return signedOut();
    form.dataset.checked = 'yes';
    form.requestSubmit(event.submitter ?? undefined);
  });

  // Signing out ends every session of the account, so this tab's too, without its timer knowing. Another tab of
  // this browser that signs out says so through localStorage: this tab then asks the server (after a moment, for
  // the sign-out to finish) and keeps the typing if it has ended; and from then on every post here asks first.
  const announceSignOut = () => {
    try {
      localStorage.setItem(signOutKey, String(Date.now()));
    } catch {
      // Storage turned off: the other tabs learn of it at their next post after their deadline, as before.
    }
  };
  window.addEventListener('storage', (event) => {
    if (event.key !== signOutKey) return;
    askFirst = true;
    clearTimeout(timer);
    timer = setTimeout(check, 1000);
  });

  stayForm.addEventListener('submit', (event) => {
    event.preventDefault();
    stay();
  });
  closeButton.addEventListener('click', () => dialog.close());
  // Escape while warned means "I am here": stay signed in, as the button would.
  dialog.addEventListener('cancel', (event) => {
    if (!dialog.querySelector('[data-state="warning"]').hidden && !stayButton.hidden) {
      event.preventDefault();
      stay();
    }
  });

  restoreDrafts();
  schedule(Number(dialog.dataset.secondsLeft));
})();

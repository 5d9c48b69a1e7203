// Royaal phone page. No framework, no external assets. Every text comes from the server
// (GET /api/texts, in the workshop's language); participant text is only ever set through
// textContent, never parsed as HTML.
'use strict';
(() => {
  const app = document.getElementById('app');
  const connection = document.getElementById('connection');
  const state = { texts: {}, view: null, signature: '', events: null, retry: 0, seq: 0, ended: false };

  const t = (key, ...args) => {
    let text = state.texts[key] || '';
    args.forEach((arg, i) => { text = text.split('{' + i + '}').join(String(arg)); });
    return text;
  };

  // Builds an element; 'text' becomes textContent, everything else an attribute. Never innerHTML.
  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([name, value]) => {
      if (name === 'text') node.textContent = value; else node.setAttribute(name, value);
    });
    children.forEach((child) => { if (child) node.append(child); });
    return node;
  };

  async function call(method, path, body) {
    const init = { method, credentials: 'same-origin', cache: 'no-store', headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (offline) {
      return { ok: false, status: 0, data: { message: t('phone.error.network') } };
    }
    let data = null;
    try { data = await response.json(); } catch (notJson) { data = null; }
    return { ok: response.ok, status: response.status, data: data || {} };
  }

  function setOnline(online) {
    connection.textContent = online ? t('phone.online') : t('phone.offline');
    connection.className = online ? 'connection' : 'connection offline';
    connection.id = 'connection';
    connection.dataset.state = online ? 'online' : 'offline';
  }

  function retrySoon() {
    if (!state.retry && !state.ended) {
      state.retry = setTimeout(() => { state.retry = 0; refresh(); }, 2500);
    }
  }

  async function boot() {
    const answer = await call('GET', '/api/texts');
    if (!answer.ok) {
      if (answer.status === 410) { showEnded(answer.data.message); } else { setTimeout(boot, 3000); }
      return;
    }
    state.texts = answer.data.texts || {};
    document.documentElement.lang = answer.data.language || 'nl';
    document.title = t('phone.page.title');
    const code = new URLSearchParams(location.search).get('code');
    if (code) {
      history.replaceState(null, '', '/'); // the code does not stay in the address bar or history
      await join(code);
    } else {
      await refresh();
    }
  }

  async function refresh() {
    const seq = ++state.seq;
    const answer = await call('GET', '/api/view');
    if (seq !== state.seq) return; // a newer refresh is under way
    if (answer.ok) {
      setOnline(true);
      render(answer.data);
      listen();
    } else if (answer.status === 401) {
      closeEvents();
      showJoin(state.view ? t('phone.join.again') : '');
    } else if (answer.status === 410) {
      showEnded(answer.data.message);
    } else {
      setOnline(false);
      retrySoon();
    }
  }

  function listen() {
    if (state.events || state.ended) return;
    const events = new EventSource('/api/events');
    state.events = events;
    events.addEventListener('changed', () => refresh());
    events.onopen = () => setOnline(true);
    events.onerror = () => {
      setOnline(false);
      if (events.readyState === EventSource.CLOSED) { // refused (not just dropped): ask why
        if (state.events === events) state.events = null;
        retrySoon();
      }
    };
  }

  function closeEvents() {
    if (state.events) { state.events.close(); state.events = null; }
  }

  function showJoin(message, code) {
    state.view = null;
    state.signature = 'join';
    const input = el('input', {
      type: 'text', id: 'code', class: 'code', autocomplete: 'off', autocapitalize: 'characters',
      spellcheck: 'false', maxlength: '12', 'aria-describedby': 'join-hint'
    });
    if (code) input.value = code;
    const button = el('button', { type: 'submit', id: 'join-button', text: t('phone.join.submit') });
    const form = el('form', { id: 'join-form', novalidate: '' },
      el('h1', { text: t('phone.join.heading') }),
      el('label', { for: 'code', text: t('phone.join.code') }),
      input, button,
      el('p', { class: 'error-line', id: 'join-error', role: 'alert', text: message || '' }),
      el('p', { class: 'workshop', id: 'join-hint', text: t('phone.join.hint') }));
    form.addEventListener('submit', (event) => { event.preventDefault(); join(input.value); });
    app.replaceChildren(form);
  }

  async function join(code) {
    const button = document.getElementById('join-button');
    if (button) button.disabled = true;
    const answer = await call('POST', '/api/join', { code: String(code || '') });
    if (answer.ok) {
      await refresh();
    } else if (answer.status === 410) {
      showEnded(answer.data.message);
    } else {
      showJoin(answer.data.message || t('phone.error.network'), code);
    }
  }

  function showEnded(message) {
    state.ended = true;
    closeEvents();
    app.replaceChildren(el('h1', { id: 'ended', text: message || t('phone.ended') }));
    connection.textContent = '';
  }

  // --- rounds -----------------------------------------------------------------------------------

  function signature(view) {
    const parts = [view.round, view.status, view.elementId, view.elementTitle, view.workshopTitle];
    (view.scores || []).forEach((i) => parts.push(i.touchpointId, i.name));
    (view.selfImage || []).forEach((i) => parts.push(i.question));
    (view.proposals || []).forEach((i) => parts.push(i.field));
    (view.ratings || []).forEach((i) => parts.push(i.elementId, i.title));
    if (view.text) parts.push(view.text.purpose);
    if (view.votes) {
      parts.push(view.votes.budget, view.votes.maxPerProposal);
      view.votes.options.forEach((o) => parts.push(o.proposalId, o.text));
    }
    return parts.join('|');
  }

  function render(view) {
    const next = signature(view);
    state.view = view;
    if (next === state.signature) return; // same round: keep the screen, and whatever is being typed
    state.signature = next;
    const open = view.status === 'OPEN' && view.round !== 'WAIT';
    const parts = [el('p', { class: 'workshop', text: view.workshopTitle || '' })];
    if (view.round === 'WAIT') {
      parts.push(el('h1', { id: 'wait', text: t('phone.wait.heading') }),
        el('p', { class: 'prompt', text: t('phone.wait.text') }));
    } else {
      parts.push(el('h1', { id: 'element', text: view.elementTitle || '' }),
        el('p', { class: 'prompt', text: t(view.promptKey) }));
      if (!open) parts.push(el('p', { class: 'note', id: 'closed', text: t('phone.closed') }));
      const build = { SCORES: scores, SELF_IMAGE: selfImage, TEXT: textRound, PROPOSALS: proposals,
        VOTES: votes, RATINGS: ratings }[view.round];
      if (build) parts.push(...build(view, open));
    }
    app.dataset.round = view.round;
    app.dataset.status = view.status;
    app.replaceChildren(...parts);
  }

  async function submit(path, body, status) {
    status.className = 'status busy';
    status.textContent = t('phone.sending');
    const answer = await call('POST', path, body);
    if (answer.ok) {
      status.className = 'status ok';
      status.textContent = t('phone.received');
      return answer.data;
    }
    status.className = 'status error';
    status.textContent = answer.data.message || t('phone.error.network');
    if (answer.status === 401 || answer.status === 409 || answer.status === 410) {
      setTimeout(refresh, 1500); // the round moved on, or this phone is out: show what is true now
    }
    return null;
  }

  function slider(label, value, open, send, id) {
    const wrap = el('div', { class: value == null ? 'slider unset' : 'slider' });
    const shown = el('output', { class: 'value', text: value == null ? '\u2013' : String(value) });
    const status = el('div', { class: 'status', role: 'status' });
    const range = el('input', { type: 'range', min: '1', max: '10', step: '1', id, 'aria-label': label });
    range.value = String(value == null ? 5 : value);
    range.disabled = !open;
    let confirmed = value;
    let failed = false;
    const commit = async () => {
      const grade = Number(range.value);
      wrap.classList.remove('unset');
      shown.textContent = String(grade);
      if (grade === confirmed && !failed) return;
      const data = await send(grade, status);
      failed = !data;
      if (data) confirmed = grade;
    };
    range.addEventListener('input', () => { wrap.classList.remove('unset'); shown.textContent = range.value; });
    range.addEventListener('change', commit);
    range.addEventListener('click', () => { if (confirmed == null) commit(); }); // a tap on the middle counts too
    wrap.append(el('div', { class: 'row' }, el('label', { for: id, text: label }), shown), range,
      el('div', { class: 'scale' }, el('span', { text: '1' }), el('span', { text: '10' })), status);
    return wrap;
  }

  function textBox(initial, max, open, send, id, label) {
    const area = el('textarea', { id, maxlength: String(max), 'aria-label': label || '' });
    area.value = initial || '';
    area.disabled = !open;
    const counter = el('div', { class: 'counter' });
    const status = el('div', { class: 'status', role: 'status' });
    let sent = initial || '';
    if (sent) { status.className = 'status ok'; status.textContent = t('phone.received'); }
    const count = () => {
      counter.textContent = t('phone.counter', [...area.value].length, max);
      if (area.value !== sent && status.classList.contains('ok')) {
        status.className = 'status';
        status.textContent = t('phone.changed');
      }
    };
    area.addEventListener('input', count);
    count();
    const parts = [area, counter];
    if (open) {
      const button = el('button', { type: 'button', id: id + '-send', text: t('phone.send') });
      button.addEventListener('click', async () => {
        button.disabled = true;
        const data = await send(area.value, status);
        button.disabled = false;
        if (data) {
          sent = typeof data.text === 'string' ? data.text : area.value;
          area.value = sent;
          count();
        }
      });
      parts.push(button);
    }
    parts.push(status);
    return parts;
  }

  function scores(view, open) {
    if (!view.scores.length) return [el('p', { class: 'note', text: t('phone.scores.none') })];
    return view.scores.map((item, i) => el('section', { class: 'card' },
      el('h2', { text: item.name }),
      slider(t('phone.scores.expectation'), item.expectation, open, (grade, status) => submit('/api/answers/score',
        { elementId: view.elementId, touchpointId: item.touchpointId, dimension: 'EXPECTATION', score: grade },
        status), 'tp' + i + '-expectation'),
      slider(t('phone.scores.experience'), item.experience, open, (grade, status) => submit('/api/answers/score',
        { elementId: view.elementId, touchpointId: item.touchpointId, dimension: 'EXPERIENCE', score: grade },
        status), 'tp' + i + '-experience')));
  }

  function selfImage(view, open) {
    return view.selfImage.map((item) => el('section', { class: 'card' },
      slider(t(item.labelKey), item.score, open, (grade, status) => submit('/api/answers/self-image',
        { elementId: view.elementId, question: item.question, score: grade }, status), 'self-' + item.question)));
  }

  function textRound(view, open) {
    return [el('section', { class: 'card' }, ...textBox(view.text.text, view.text.maxLength, open,
      (text, status) => submit('/api/answers/text', { elementId: view.elementId, text }, status),
      'answer-text', t(view.promptKey)))];
  }

  function proposals(view, open) {
    return view.proposals.map((item) => el('section', { class: 'card' },
      el('h2', { text: t(item.labelKey) }),
      ...textBox(item.text, item.maxLength, open, (text, status) => submit('/api/answers/proposal',
        { elementId: view.elementId, field: item.field, text }, status), 'proposal-' + item.field, t(item.labelKey))));
  }

  // One dot per proposal: a toggle per proposal. More allowed: each proposal shows this phone's
  // count between big minus and plus buttons, which send the count wanted (a resent tap counts once).
  function votes(view, open) {
    const box = view.votes;
    const tally = { used: box.used, refreshers: [] };
    const left = el('p', { class: 'note big', id: 'dots-left' });
    tally.refresh = () => {
      left.textContent = t('phone.votes.left', Math.max(0, box.budget - tally.used), box.budget);
      tally.refreshers.forEach((show) => show());
    };
    tally.refresh();
    if (!box.options.length) return [left, el('p', { class: 'note', text: t('phone.votes.none') })];
    const stacking = box.maxPerProposal > 1;
    const cards = box.options.map((option, i) => stacking
      ? dotStepper(view, open, option, i, box, tally) : dotToggle(view, open, option, i, tally));
    tally.refresh();
    const parts = [left];
    if (stacking) parts.push(el('p', { class: 'note', id: 'dots-max', text: t('phone.votes.maxNote', box.maxPerProposal) }));
    return parts.concat(cards);
  }

  function voteCard(option, control, status) {
    return el('section', { class: 'card' },
      el('div', { class: 'field', text: t(option.labelKey) }),
      el('p', { class: 'proposal', text: option.text }),
      control, status);
  }

  function dotToggle(view, open, option, i, tally) {
    let voted = option.dots > 0;
    const status = el('div', { class: 'status', role: 'status' });
    const button = el('button', { type: 'button', id: 'vote-' + i });
    const show = () => {
      button.className = voted ? 'dot on' : 'dot';
      button.textContent = voted ? t('phone.votes.taken') : t('phone.votes.put');
      button.setAttribute('aria-pressed', voted ? 'true' : 'false');
    };
    show();
    button.disabled = !open;
    button.addEventListener('click', async () => {
      button.disabled = true;
      const data = await submit('/api/answers/vote',
        { elementId: view.elementId, proposalId: option.proposalId, on: !voted }, status);
      button.disabled = false;
      if (data) {
        voted = !voted;
        if (typeof data.dotsUsed === 'number') tally.used = data.dotsUsed;
        show();
        tally.refresh();
      }
    });
    return voteCard(option, el('div', { class: 'row' }, button), status);
  }

  function dotStepper(view, open, option, i, box, tally) {
    let dots = option.dots || 0;
    let busy = false;
    const status = el('div', { class: 'status', role: 'status' });
    const less = el('button', { type: 'button', id: 'less-' + i, class: 'step', 'aria-label': t('phone.votes.remove'),
      text: '\u2212' });
    const more = el('button', { type: 'button', id: 'more-' + i, class: 'step', 'aria-label': t('phone.votes.add'),
      text: '+' });
    const count = el('output', { class: 'dots', id: 'dots-' + i });
    const pips = el('span', { class: 'pips', 'aria-hidden': 'true' });
    tally.refreshers.push(() => {
      count.textContent = String(dots);
      count.setAttribute('aria-label', t('phone.votes.count', dots));
      pips.textContent = '\u25cf'.repeat(Math.min(dots, box.maxPerProposal));
      less.disabled = !open || busy || dots <= 0;
      more.disabled = !open || busy || dots >= box.maxPerProposal || tally.used >= box.budget;
    });
    const send = async (wanted) => {
      busy = true;
      tally.refresh();
      const data = await submit('/api/answers/vote',
        { elementId: view.elementId, proposalId: option.proposalId, dots: wanted }, status);
      busy = false;
      if (data) {
        dots = typeof data.dotsOnProposal === 'number' ? data.dotsOnProposal : wanted;
        if (typeof data.dotsUsed === 'number') tally.used = data.dotsUsed;
      }
      tally.refresh();
    };
    less.addEventListener('click', () => send(dots - 1));
    more.addEventListener('click', () => send(dots + 1));
    return voteCard(option, el('div', { class: 'row stepper' }, less, el('div', { class: 'tally' }, count, pips), more),
      status);
  }

  function ratings(view, open) {
    return view.ratings.map((item, i) => el('section', { class: 'card' },
      slider(item.title, item.score, open, (grade, status) => submit('/api/answers/rating',
        { elementId: view.elementId, ratedElementId: item.elementId, score: grade }, status), 'rating-' + i)));
  }

  boot();
})();

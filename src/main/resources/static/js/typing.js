// The typing test page: asks the API for a passage, records what each input event
// committed (a key's character, an input method's whole commit at compositionend) with
// its time since the passage arrived, blocks and reports pasting, and submits the text
// with that log. The server measures the time and scores; this page only reports.
(function () {
  "use strict";

  var section = document.getElementById("typing-test");
  if (!section) {
    return;
  }
  var start = document.getElementById("typing-start");
  var submit = document.getElementById("typing-submit");
  var timer = document.getElementById("typing-timer");
  var passage = document.getElementById("typing-passage");
  var label = document.getElementById("typing-label");
  var box = document.getElementById("typing-box");
  var problem = document.getElementById("typing-problem");
  var limitMs = Number(section.dataset.limitSeconds) * 1000;

  var test = null;
  var startedAt = 0;
  var keystrokes = [];
  var ticking = null;
  var sent = false;

  function since() {
    return Math.max(0, Math.round(performance.now() - startedAt));
  }

  function record(text, paste) {
    if (test) {
      keystrokes.push({ t: since(), text: text || "", paste: !!paste });
    }
  }

  function say(message) {
    problem.textContent = message;
    problem.hidden = false;
  }

  function call(url, body) {
    var headers = { "Accept": "application/json", "Accept-Language": section.dataset.lang };
    headers[section.dataset.csrfHeader] = section.dataset.csrfToken;
    if (body) {
      headers["Content-Type"] = "application/json";
    }
    return fetch(url, {
      method: "POST", credentials: "same-origin", headers: headers,
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw new Error(section.dataset.textFailed + (json.detail ? " (" + json.detail + ")" : ""));
        }
        return json;
      });
    });
  }

  function tick() {
    var elapsed = since();
    var seconds = Math.floor(elapsed / 1000);
    timer.textContent = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    // the server refuses a submission after its limit: send what is typed just before
    if (elapsed > limitMs - 2000) {
      send();
    }
  }

  function begin() {
    start.disabled = true;
    problem.hidden = true;
    call(section.dataset.api).then(function (issued) {
      test = issued;
      startedAt = performance.now();
      keystrokes = [];
      passage.textContent = issued.passage;
      [passage, label, box, timer, submit].forEach(function (element) { element.hidden = false; });
      start.hidden = true;
      box.value = "";
      box.focus();
      ticking = setInterval(tick, 500);
    }).catch(function (error) {
      start.disabled = false;
      say(error.message);
    });
  }

  function send() {
    if (!test || sent) {
      return;
    }
    sent = true;
    clearInterval(ticking);
    submit.disabled = true;
    box.readOnly = true;
    call(section.dataset.submitApi + test.id, { typed: box.value, keystrokes: keystrokes }).then(function (result) {
      window.location.assign(section.dataset.page + "?result=" + result.id);
    }).catch(function (error) {
      say(error.message);
    });
  }

  function blockPaste(event) {
    event.preventDefault();
    // what was pasted does not matter, only that it was
    record("", true);
    say(section.dataset.textPasted);
  }

  box.addEventListener("paste", blockPaste);
  box.addEventListener("drop", blockPaste);
  box.addEventListener("beforeinput", function (event) {
    if (event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop") {
      event.preventDefault();
      record("", true);
      say(section.dataset.textPasted);
    }
  });
  // an input method's text counts once, when it is committed
  box.addEventListener("compositionend", function (event) {
    record(event.data, false);
  });
  box.addEventListener("input", function (event) {
    if (event.isComposing || event.inputType === "insertCompositionText") {
      return;
    }
    if (event.inputType === "insertLineBreak" || event.inputType === "insertParagraph") {
      record("\n", false);
    } else if (event.data) {
      record(event.data, false);
    }
  });
  // the passage is read, not copied
  ["copy", "cut", "contextmenu", "selectstart", "dragstart"].forEach(function (name) {
    passage.addEventListener(name, function (event) { event.preventDefault(); });
  });
  start.addEventListener("click", begin);
  submit.addEventListener("click", send);
  start.hidden = false;
}());

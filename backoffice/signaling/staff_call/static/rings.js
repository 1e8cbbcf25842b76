// Calls ringing on this page, in the order they came: who is calling (terminal, where it
// stands, the citizen's language, how long they have waited), a queue when several ring at
// once, a soft desk-phone tone, a system notification when the browser allows it, and an
// announcement for screen readers. For an interpreter, the same list holds invitations.
"use strict";

window.createRings = function createRings(options) {
  // options: languages {code: name}, onAccept(item), onDecline(item), audio() -> AudioContext
  const $ = (id) => document.getElementById(id);
  const ui = {
    banner: $("ring-banner"),
    title: $("ring-title"),
    list: $("ring-list"),
    template: $("ring-item"),
    live: $("ring-live"),
  };
  const ringing = new Map(); // call id -> {element, since, message, kind}
  let beepTimer = null;
  let clock = null;
  const state = { beeps: 0, notifications: 0 };

  const language = (code) => options.languages[code] || code;

  function waited(seconds) {
    if (seconds < 60) return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
  }

  function describe(message, kind) {
    const where = message.location || "ohne Standortangabe";
    if (kind === "invite") {
      return `Dolmetsch-Anfrage von ${message.staff_name || "einer Kollegin oder einem Kollegen"}`
        + ` – ${where}, ${language(message.language)}`;
    }
    const terminal = message.terminal ? ` (Terminal „${message.terminal}“)` : "";
    return `Videoanruf aus ${where}${terminal}, Sprache: ${language(message.language)}`;
  }

  function add(message, kind) {
    if (ringing.has(message.call_id)) return;
    const element = ui.template.content.firstElementChild.cloneNode(true);
    element.dataset.callId = message.call_id;
    element.querySelector(".ring-location").textContent = message.location || "ohne Standortangabe";
    element.querySelector(".ring-terminal").textContent =
      message.terminal ? `Terminal „${message.terminal}“` : "";
    element.querySelector(".ring-language").textContent = language(message.language);
    element.querySelector(".ring-kind").textContent =
      kind === "invite" ? `Dolmetsch-Anfrage von ${message.staff_name}` : "Videoanruf";
    const since = performance.now() - 1000 * (message.waited_seconds || 0);
    const item = { element, since, message, kind };
    element.querySelector(".accept").addEventListener("click", () => options.onAccept(item));
    element.querySelector(".decline").addEventListener("click", () => options.onDecline(item));
    ui.list.appendChild(element);
    ringing.set(message.call_id, item);
    sortByWaiting();
    ui.banner.hidden = false;
    updateTitle();
    tick();
    // The longest-waiting call first; the focus goes to it unless the staff member is busy
    // typing somewhere else on the page.
    if (!document.activeElement || document.activeElement === document.body) {
      ui.list.firstElementChild.querySelector(".accept").focus();
    }
    const text = describe(message, kind);
    ui.live.textContent = text;
    notify(text);
    startBeeping();
    if (!clock) clock = setInterval(tick, 1000);
  }

  function sortByWaiting() {
    [...ringing.values()]
      .sort((a, b) => a.since - b.since)
      .forEach((item) => ui.list.appendChild(item.element));
  }

  function tick() {
    const now = performance.now();
    for (const item of ringing.values()) {
      item.element.querySelector(".ring-waited").textContent =
        waited(Math.max(0, Math.round((now - item.since) / 1000)));
    }
  }

  function updateTitle() {
    const count = ringing.size;
    const invites = [...ringing.values()].every((item) => item.kind === "invite");
    if (invites) {
      ui.title.textContent = count > 1 ? `${count} Dolmetsch-Anfragen` : "Dolmetsch-Anfrage";
    } else {
      ui.title.textContent = count > 1 ? `${count} Anrufe warten` : "Eingehender Anruf";
    }
  }

  function remove(callId) {
    const item = ringing.get(callId);
    if (!item) return;
    item.element.remove();
    ringing.delete(callId);
    updateTitle();
    if (ringing.size === 0) {
      ui.banner.hidden = true;
      stopBeeping();
      clearInterval(clock);
      clock = null;
    }
  }

  function clear() {
    for (const callId of [...ringing.keys()]) remove(callId);
  }

  // ---- sound and notification ---------------------------------------------------------------

  function startBeeping() {
    if (beepTimer) return;
    beep();
    beepTimer = setInterval(beep, 2500);
  }

  function stopBeeping() {
    clearInterval(beepTimer);
    beepTimer = null;
  }

  // Two soft tones, like a desk phone: noticeable without being shrill.
  function beep() {
    state.beeps += 1;
    const audio = options.audio();
    if (!audio) return;
    const now = audio.currentTime;
    [[660, 0], [880, 0.3]].forEach(([frequency, offset]) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, now + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.25);
      tone.connect(gain).connect(audio.destination);
      tone.start(now + offset);
      tone.stop(now + offset + 0.3);
    });
  }

  // A system notification reaches staff working in another tab or window. It names the
  // terminal's place and the language, never anything about the citizen.
  function notify(text) {
    if (!("Notification" in window) || Notification.permission !== "granted") return;
    try {
      const note = new Notification("Bürgerterminal", { body: text, tag: "bt-call" });
      note.onclick = () => { window.focus(); note.close(); };
      state.notifications += 1;
    } catch (error) {
      // Some browsers allow notifications only from a service worker: the tone remains.
    }
  }

  function askPermission() {
    if ("Notification" in window && Notification.permission === "default") {
      Notification.requestPermission().catch(() => {});
    }
  }

  return { add, remove, clear, askPermission, ringing, state };
};

// The interpreter panel of a staff member's call: the office's interpreters who are there
// (available or busy) to invite, a one-time link for an external interpreting service, and,
// once someone joined, who it is and a button to end their part (the call goes on).
"use strict";

window.createInterpreting = function createInterpreting(options) {
  // options: send(message), callId() -> id|null, languages {code: name}, say(text)
  const $ = (id) => document.getElementById(id);
  const ui = {
    panel: $("interpreting"),
    roster: $("interpreter-list"),
    none: $("interpreters-none"),
    status: $("interpreting-status"),
    remove: $("interpreter-remove"),
    linkButton: $("guest-link-create"),
    link: $("guest-link"),
    linkText: $("guest-link-text"),
    linkCopy: $("guest-link-copy"),
    linkExpiry: $("guest-link-expiry"),
  };
  const state = { roster: [], invited: null, joined: null };
  const language = (code) => options.languages[code] || code;

  function callStarted() {
    state.invited = state.joined = null;
    ui.panel.hidden = false;
    ui.link.hidden = true;
    render();
  }

  function callEnded() {
    state.invited = state.joined = null;
    ui.panel.hidden = true;
    ui.link.hidden = true;
  }

  function roster(interpreters) {
    state.roster = interpreters;
    render();
  }

  function render() {
    ui.roster.replaceChildren();
    const free = options.callId() !== null && !state.joined && !state.invited;
    for (const person of state.roster) {
      const item = document.createElement("li");
      const label = document.createElement("span");
      const languages = person.languages.map(language).join(", ");
      label.textContent = `${person.display_name} (${languages}) – ${person.busy ? "im Gespräch" : "verfügbar"}`;
      const invite = document.createElement("button");
      invite.type = "button";
      invite.className = "secondary";
      invite.textContent = "Einladen";
      invite.disabled = person.busy || !free;
      invite.setAttribute("aria-label", `${person.display_name} einladen`);
      invite.addEventListener("click", () => {
        state.invited = person;
        options.send({ type: "invite_interpreter", call_id: options.callId(),
                       staff_id: person.staff_id });
        setStatus(`${person.display_name} ist eingeladen. Warten auf Antwort …`);
        render();
      });
      item.append(label, invite);
      ui.roster.appendChild(item);
    }
    ui.none.hidden = state.roster.length > 0;
    ui.linkButton.disabled = !free;
    ui.remove.hidden = !state.joined;
  }

  function setStatus(text) {
    ui.status.textContent = text;
    options.say(text);
  }

  function joined(message) {
    state.joined = message;
    state.invited = null;
    ui.link.hidden = true;
    const how = message.audio_only ? " (nur Ton)" : "";
    setStatus(`Dolmetschung: ${message.display_name}, ${language(message.language)}${how}, ist im Gespräch.`);
    render();
  }

  function left() {
    if (state.joined) {
      setStatus(`${state.joined.display_name} hat das Gespräch verlassen.`);
    } else if (state.invited) {
      setStatus(`${state.invited.display_name} hat die Einladung abgelehnt.`);
    }
    state.joined = state.invited = null;
    render();
  }

  function guestLink(message) {
    const url = `${location.origin}${message.path}`;
    ui.linkText.value = url;
    ui.linkExpiry.textContent = `Gültig für ${Math.round(message.expires_in_seconds / 60)} Minuten, `
      + "nur für dieses Gespräch und nur einmal.";
    ui.link.hidden = false;
    ui.linkText.focus();
    ui.linkText.select();
  }

  ui.linkButton.addEventListener("click", () => {
    options.send({ type: "create_guest_link", call_id: options.callId() });
  });
  ui.linkCopy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(ui.linkText.value);
      options.say("Der Link ist kopiert.");
    } catch (error) {
      ui.linkText.select();
      options.say("Bitte den markierten Link kopieren.");
    }
  });
  ui.remove.addEventListener("click", () => {
    options.send({ type: "remove_interpreter", call_id: options.callId() });
  });

  return { callStarted, callEnded, roster, joined, left, guestLink, state };
};

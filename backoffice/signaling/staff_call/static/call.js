// The call page of staff and of the office's interpreters: presence, ringing (or, for an
// interpreter, invitations), and the call with the terminal and, when one joins, an
// interpreter. Plain browser JavaScript, no build step; the pieces are peers.js (the peer
// connections), rings.js (who is calling), interpreting.js (inviting an interpreter) and
// pages.js (documents the citizen shows).
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("call-config").textContent);
  const $ = (id) => document.getElementById(id);
  const interpreterRole = config.role === "interpreter";
  const ui = {
    available: $("available"),
    status: $("status"),
    call: $("call"),
    remoteVideo: $("remote-video"),
    secondVideo: $("second-video"),
    secondTile: $("second-tile"),
    secondLabel: $("second-label"),
    localVideo: $("local-video"),
    reconnecting: $("reconnecting"),
    mute: $("mute"),
    camera: $("camera"),
    hangUp: $("hang-up"),
    audioOnly: $("audio-only"),
  };

  // Exposed for tests and for anyone debugging in the browser console.
  const state = {
    socket: null,
    wantAvailable: false,
    callId: null,
    local: null,
    audio: null,
    metrics: { acceptedAt: null, firstFrameAt: null, offerAt: null },
    reconnecting: false,
    pages: window.createShownPages(), // see pages.js
  };
  window.staffCall = state;

  const say = (text) => { ui.status.textContent = text; };
  const send = (message) => {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(message));
    }
  };
  const languageName = (code) => config.languages[code] || code;
  // The terminal's picture is the large one; the third party's is the small tile.
  const mainParty = "kiosk";
  const secondParty = interpreterRole ? "staff" : "interpreter";

  const peers = window.createPeers({
    send,
    local: () => state.local,
    callId: () => state.callId,
    onTrack: showTrack,
    onState: peerState,
    onChannel: (party, channel) => {
      if (party === "kiosk" && channel.label === "pages") state.pages.attach(channel);
    },
  });
  state.peers = peers;
  Object.defineProperty(state, "pc", { get: () => peers.get("kiosk") });

  const rings = window.createRings({
    languages: config.languages,
    audio: () => state.audio,
    onAccept: (item) => accept(item),
    onDecline: (item) => {
      send({ type: item.kind === "invite" ? "decline_invite" : "decline", call_id: item.message.call_id });
      rings.remove(item.message.call_id);
    },
  });
  state.rings = rings;
  Object.defineProperty(state, "beeps", { get: () => rings.state.beeps });

  const interpreting = interpreterRole ? null : window.createInterpreting({
    send, callId: () => state.callId, languages: config.languages, say,
  });
  state.interpreting = interpreting;

  // ---- signaling socket ---------------------------------------------------------------------

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}${config.signalingPath}`);
    state.socket = socket;
    socket.onmessage = (event) => handle(JSON.parse(event.data));
    socket.onclose = (event) => {
      if (state.socket !== socket) return;
      state.socket = null;
      rings.clear();
      if (event.code === 1008) {
        // The server ended this console session (logged out elsewhere): no more calls here.
        endCall("Sie sind abgemeldet.");
        location.assign("/console/login");
        return;
      }
      endCall("Die Verbindung zum Server ist unterbrochen. Sie wird neu aufgebaut …");
      setTimeout(connect, 2000);
    };
  }

  function handle(message) {
    const current = message.call_id !== undefined && message.call_id === state.callId;
    switch (message.type) {
      case "welcome":
        send({ type: "presence", available: state.wantAvailable });
        say(state.wantAvailable ? "Sie sind verfügbar." : "Sie sind nicht verfügbar.");
        break;
      case "ping":
        send({ type: "pong" });
        break;
      case "presence_ack":
        say(message.available ? "Sie sind verfügbar." : "Sie sind nicht verfügbar.");
        break;
      case "ring":
        rings.add(message, "call");
        break;
      case "invite":
        rings.add(message, "invite");
        break;
      case "taken":
        rings.remove(message.call_id);
        if (current) endCall("Eine Kollegin oder ein Kollege hat den Anruf schon angenommen.");
        break;
      case "ice_servers":
        if (current) peers.setIceServers(message.servers);
        break;
      case "offer":
        if (current) {
          if (message.peer === "kiosk") state.metrics.offerAt = performance.now();
          peers.answer(message.peer, message.sdp);
        }
        break;
      case "answer":
        if (current) peers.accept(message.peer, message.sdp);
        break;
      case "joined":
        if (current) thirdPartyJoined(message);
        break;
      case "left":
        if (current) thirdPartyLeft();
        break;
      case "reconnecting":
        if (current && message.party === "kiosk") showReconnecting(true);
        break;
      case "interpreters":
        if (interpreting) interpreting.roster(message.interpreters);
        break;
      case "guest_link":
        if (current && interpreting) interpreting.guestLink(message);
        break;
      case "ended":
        if (current) endCall(endedText(message.reason));
        break;
      case "error":
        console.warn("signaling error", message.code, message.detail);
        break;
      default:
        break;
    }
  }

  function endedText(reason) {
    if (reason === "removed") return "Ihre Dolmetschung in diesem Gespräch ist beendet.";
    if (reason === "peer_lost") return "Die Verbindung zum Terminal ist abgebrochen.";
    return interpreterRole ? "Das Gespräch ist beendet." : "Das Terminal hat den Anruf beendet.";
  }

  // ---- presence ----------------------------------------------------------------------------

  async function setAvailable(available) {
    state.wantAvailable = available;
    ui.available.setAttribute("aria-checked", String(available));
    if (available) {
      // Created inside the click, so the browser lets it play the ring tone later.
      state.audio = state.audio || new AudioContext();
      rings.askPermission();
      await openLocalMedia();
    } else if (!state.callId) {
      closeLocalMedia();
    }
    send({ type: "presence", available });
  }

  async function openLocalMedia() {
    if (state.local) return;
    try {
      state.local = await navigator.mediaDevices.getUserMedia({
        audio: true,
        video: { width: 640, height: 480 },
      });
      ui.localVideo.srcObject = state.local;
    } catch (error) {
      say("Kamera oder Mikrofon sind nicht erreichbar. Anrufe gehen nur ohne Ihr Bild.");
    }
  }

  function closeLocalMedia() {
    if (!state.local) return;
    state.local.getTracks().forEach((track) => track.stop());
    state.local = null;
    ui.localVideo.srcObject = null;
  }

  // ---- the call -----------------------------------------------------------------------------

  function accept(item) {
    const callId = item.message.call_id;
    state.callId = callId;
    state.metrics = { acceptedAt: performance.now(), firstFrameAt: null, offerAt: null };
    rings.clear();
    if (item.kind === "invite") {
      const audioOnly = Boolean(ui.audioOnly && ui.audioOnly.checked);
      if (audioOnly && state.local) state.local.getVideoTracks().forEach((t) => { t.enabled = false; });
      send({ type: "join_call", call_id: callId, audio_only: audioOnly });
      say("Sie treten dem Gespräch bei …");
    } else {
      send({ type: "accept", call_id: callId });
      say("Anruf angenommen. Verbindung wird aufgebaut …");
      state.pages.callStarted();
      if (interpreting) interpreting.callStarted();
    }
    ui.call.hidden = false;
  }

  function thirdPartyJoined(message) {
    // Staff offer the interpreter a connection; the terminal offers its own.
    if (interpreting) interpreting.joined(message);
    const how = message.audio_only ? ", nur Ton" : "";
    ui.secondLabel.textContent =
      `Dolmetschung: ${message.display_name} (${languageName(message.language)}${how})`;
    ui.secondTile.classList.toggle("audio-only-tile", Boolean(message.audio_only));
    ui.secondTile.hidden = false;
    peers.offer("interpreter", { audioOnly: message.audio_only });
  }

  function thirdPartyLeft() {
    if (interpreting) interpreting.left();
    peers.close("interpreter");
    ui.secondVideo.srcObject = null;
    ui.secondTile.hidden = true;
  }

  function showTrack(party, event) {
    const video = party === mainParty ? ui.remoteVideo : ui.secondVideo;
    const stream = event.streams[0] || new MediaStream([event.track]);
    if (video.srcObject !== stream) video.srcObject = stream;
    if (party === secondParty) {
      ui.secondTile.hidden = false;
      if (interpreterRole) ui.secondLabel.textContent = "Kollegin oder Kollege im Jobcenter";
    }
    if (party === mainParty && event.track.kind === "video") watchFirstFrame();
  }

  function peerState(party, connectionState) {
    if (party !== mainParty) return;
    if (connectionState === "connected") {
      showReconnecting(false);
      say("Sie sind im Gespräch.");
    } else if (connectionState === "disconnected" || connectionState === "failed") {
      // The terminal's link dropped. It reconnects the call by itself (a new offer comes);
      // the hub ends the call if it is not back in time.
      showReconnecting(true);
    }
  }

  function showReconnecting(shown) {
    state.reconnecting = shown;
    ui.reconnecting.hidden = !shown;
    if (shown) say("Verbindung wird wiederhergestellt …");
  }

  function watchFirstFrame() {
    const video = ui.remoteVideo;
    const mark = () => {
      if (state.metrics.firstFrameAt === null) state.metrics.firstFrameAt = performance.now();
    };
    if ("requestVideoFrameCallback" in video) video.requestVideoFrameCallback(mark);
    else video.addEventListener("loadeddata", mark, { once: true });
  }

  function hangUp(message) {
    if (state.callId) send({ type: "end", call_id: state.callId });
    endCall(message || (interpreterRole ? "Sie haben das Gespräch verlassen." : "Sie haben aufgelegt."));
  }

  function endCall(message) {
    const hadCall = state.callId !== null;
    state.callId = null;
    peers.closeAll();
    ui.remoteVideo.srcObject = null;
    ui.secondVideo.srcObject = null;
    ui.secondTile.hidden = true;
    ui.call.hidden = true;
    showReconnecting(false);
    if (hadCall) state.pages.callEnded();
    if (interpreting) interpreting.callEnded();
    setPressed(ui.mute, false);
    setPressed(ui.camera, false);
    if (state.local) state.local.getTracks().forEach((t) => { t.enabled = true; });
    if (!state.wantAvailable) closeLocalMedia();
    if (hadCall) say(message);
  }

  function setPressed(button, pressed) {
    button.setAttribute("aria-pressed", String(pressed));
  }

  function toggleTracks(button, kind, onLabel, offLabel) {
    const off = button.getAttribute("aria-pressed") !== "true";
    setPressed(button, off);
    button.textContent = off ? onLabel : offLabel;
    if (state.local) {
      state.local.getTracks().filter((t) => t.kind === kind).forEach((t) => { t.enabled = !off; });
    }
  }

  ui.available.addEventListener("click", () =>
    setAvailable(ui.available.getAttribute("aria-checked") !== "true"));
  ui.mute.addEventListener("click", () =>
    toggleTracks(ui.mute, "audio", "Mikrofon an", "Mikrofon aus"));
  ui.camera.addEventListener("click", () =>
    toggleTracks(ui.camera, "video", "Kamera an", "Kamera aus"));
  ui.hangUp.addEventListener("click", () => hangUp());
  // Closing the tab or navigating away ends the call at once (an interpreter leaves it),
  // instead of leaving the others to notice by themselves.
  window.addEventListener("pagehide", () => {
    if (state.callId) send({ type: "end", call_id: state.callId });
    if (state.socket) state.socket.close();
  });

  connect();
})();

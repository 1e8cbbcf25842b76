// An external interpreter's page, opened from a one-time link: asks for a name and language,
// then joins the call. The terminal and the staff member each offer a connection
// (peers.js answers them); leaving ends only the interpreter's part.
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("call-config").textContent);
  const $ = (id) => document.getElementById(id);
  const form = $("join-form");
  const ui = {
    status: $("status"),
    call: $("call"),
    remoteVideo: $("remote-video"),
    secondVideo: $("second-video"),
    secondTile: $("second-tile"),
    localVideo: $("local-video"),
    mute: $("mute"),
    hangUp: $("hang-up"),
  };
  const state = { socket: null, callId: null, local: null, done: false };
  window.guestCall = state;
  const say = (text) => { ui.status.textContent = text; };
  const send = (message) => {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(message));
    }
  };

  const peers = window.createPeers({
    send,
    local: () => state.local,
    callId: () => state.callId,
    onTrack: (party, event) => {
      const video = party === "kiosk" ? ui.remoteVideo : ui.secondVideo;
      const stream = event.streams[0] || new MediaStream([event.track]);
      if (video.srcObject !== stream) video.srcObject = stream;
      if (party === "staff") ui.secondTile.hidden = false;
    },
    onState: (party, connectionState) => {
      if (party === "kiosk" && connectionState === "connected") say("Sie sind im Gespräch.");
    },
    onChannel: () => {},
  });
  state.peers = peers;

  async function join(event) {
    event.preventDefault();
    const name = $("join-name").value.trim();
    const language = $("join-language").value;
    const audioOnly = $("join-audio-only").checked;
    if (!name) return;
    form.hidden = true;
    say("Kamera und Mikrofon werden geöffnet …");
    try {
      state.local = await navigator.mediaDevices.getUserMedia({
        audio: true, video: audioOnly ? false : { width: 640, height: 480 },
      });
      ui.localVideo.srcObject = state.local;
    } catch (error) {
      say("Das Mikrofon ist nicht erreichbar. Ohne Mikrofon können Sie nicht dolmetschen.");
      form.hidden = false;
      return;
    }
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}${config.signalingPath}`);
    state.socket = socket;
    socket.onmessage = (message) => handle(JSON.parse(message.data), name, language, audioOnly);
    socket.onclose = (closed) => {
      if (state.done) return;
      finish(closed.code === 1008
        ? "Dieser Link ist nicht mehr gültig. Bitte wenden Sie sich an das Jobcenter."
        : "Die Verbindung ist abgebrochen. Das Gespräch ist für Sie beendet.");
    };
  }

  function handle(message, name, language, audioOnly) {
    switch (message.type) {
      case "welcome":
        send({ type: "guest_hello", display_name: name, language, audio_only: audioOnly });
        say("Sie treten dem Gespräch bei …");
        break;
      case "ping":
        send({ type: "pong" });
        break;
      case "ice_servers":
        state.callId = message.call_id;
        peers.setIceServers(message.servers);
        ui.call.hidden = false;
        break;
      case "offer":
        if (message.call_id === state.callId) peers.answer(message.peer, message.sdp);
        break;
      case "ended":
        finish(message.reason === "removed"
          ? "Ihre Dolmetschung in diesem Gespräch ist beendet. Vielen Dank."
          : "Das Gespräch ist beendet. Vielen Dank.");
        break;
      case "error":
        console.warn("signaling error", message.code, message.detail);
        break;
      default:
        break;
    }
  }

  function finish(text) {
    state.done = true;
    peers.closeAll();
    ui.call.hidden = true;
    if (state.local) state.local.getTracks().forEach((t) => t.stop());
    state.local = null;
    if (state.socket) state.socket.close();
    say(text);
  }

  if (form) form.addEventListener("submit", join);
  ui.mute.addEventListener("click", () => {
    const off = ui.mute.getAttribute("aria-pressed") !== "true";
    ui.mute.setAttribute("aria-pressed", String(off));
    ui.mute.textContent = off ? "Mikrofon an" : "Mikrofon aus";
    if (state.local) state.local.getAudioTracks().forEach((t) => { t.enabled = !off; });
  });
  ui.hangUp.addEventListener("click", () => {
    send({ type: "end", call_id: state.callId });
    finish("Sie haben das Gespräch verlassen.");
  });
})();

// Staff side of a video call: presence, ringing, and the WebRTC call with a terminal.
// Plain browser JavaScript, no build step. The terminal (aiortc) makes the offer with a
// complete SDP; we answer with a complete SDP too (aiortc cannot take trickled candidates).
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("call-config").textContent);
  const $ = (id) => document.getElementById(id);
  const ui = {
    available: $("available"),
    status: $("status"),
    ringBanner: $("ring-banner"),
    ringList: $("ring-list"),
    ringItem: $("ring-item"),
    call: $("call"),
    remoteVideo: $("remote-video"),
    localVideo: $("local-video"),
    mute: $("mute"),
    camera: $("camera"),
    hangUp: $("hang-up"),
  };

  // Exposed for tests and for anyone debugging in the browser console.
  const state = {
    socket: null,
    wantAvailable: false,
    ringing: new Map(), // call id -> list item
    callId: null,
    pc: null,
    local: null,
    audio: null,
    beepTimer: null,
    metrics: { acceptedAt: null, firstFrameAt: null, offerAt: null },
    beeps: 0,
    pages: window.createShownPages(), // see pages.js
  };
  window.staffCall = state;

  const say = (text) => { ui.status.textContent = text; };
  const send = (message) => {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(message));
    }
  };

  // ---- signaling socket ---------------------------------------------------------------------

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}${config.signalingPath}`);
    state.socket = socket;
    socket.onmessage = (event) => handle(JSON.parse(event.data));
    socket.onclose = (event) => {
      if (state.socket !== socket) return;
      state.socket = null;
      clearRings();
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
        addRing(message.call_id, message.location);
        break;
      case "taken":
        removeRing(message.call_id);
        if (message.call_id === state.callId) {
          endCall("Eine Kollegin oder ein Kollege hat den Anruf schon angenommen.");
        }
        break;
      case "offer":
        if (message.call_id === state.callId) answer(message.sdp);
        break;
      case "ended":
        if (message.call_id === state.callId) endCall("Das Terminal hat den Anruf beendet.");
        break;
      case "error":
        console.warn("signaling error", message.code, message.detail);
        break;
      default:
        break;
    }
  }

  // ---- presence and ringing -----------------------------------------------------------------

  async function setAvailable(available) {
    state.wantAvailable = available;
    ui.available.setAttribute("aria-checked", String(available));
    if (available) {
      // Created inside the click, so the browser lets it play the ring tone later.
      state.audio = state.audio || new AudioContext();
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

  function addRing(callId, location) {
    if (state.ringing.has(callId)) return;
    const item = ui.ringItem.content.firstElementChild.cloneNode(true);
    item.dataset.callId = callId;
    item.querySelector(".ring-location").textContent = location || "ohne Standortangabe";
    item.querySelector(".accept").addEventListener("click", () => accept(callId));
    item.querySelector(".decline").addEventListener("click", () => {
      send({ type: "decline", call_id: callId });
      removeRing(callId);
    });
    ui.ringList.appendChild(item);
    state.ringing.set(callId, item);
    ui.ringBanner.hidden = false;
    item.querySelector(".accept").focus();
    startBeeping();
  }

  function removeRing(callId) {
    const item = state.ringing.get(callId);
    if (!item) return;
    item.remove();
    state.ringing.delete(callId);
    if (state.ringing.size === 0) {
      ui.ringBanner.hidden = true;
      stopBeeping();
    }
  }

  function clearRings() {
    for (const callId of [...state.ringing.keys()]) removeRing(callId);
  }

  function startBeeping() {
    if (state.beepTimer) return;
    beep();
    state.beepTimer = setInterval(beep, 2500);
  }

  function stopBeeping() {
    clearInterval(state.beepTimer);
    state.beepTimer = null;
  }

  // Two soft tones, like a desk phone: noticeable without being shrill.
  function beep() {
    state.beeps += 1;
    const audio = state.audio;
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

  // ---- the call -----------------------------------------------------------------------------

  function accept(callId) {
    state.callId = callId;
    state.metrics = { acceptedAt: performance.now(), firstFrameAt: null, offerAt: null };
    clearRings();
    send({ type: "accept", call_id: callId });
    ui.call.hidden = false;
    state.pages.callStarted();
    say("Anruf angenommen. Verbindung wird aufgebaut …");
  }

  async function answer(sdp) {
    state.metrics.offerAt = performance.now();
    const pc = new RTCPeerConnection({ iceServers: config.iceServers });
    state.pc = pc;
    if (state.local) state.local.getTracks().forEach((t) => pc.addTrack(t, state.local));
    pc.ontrack = (event) => {
      const stream = event.streams[0] || new MediaStream([event.track]);
      if (ui.remoteVideo.srcObject !== stream) ui.remoteVideo.srcObject = stream;
      if (event.track.kind === "video") watchFirstFrame();
    };
    // The terminal opens it before its offer; pages it shows come over it.
    pc.ondatachannel = (event) => {
      if (pc === state.pc && event.channel.label === "pages") state.pages.attach(event.channel);
    };
    pc.onconnectionstatechange = () => {
      if (pc !== state.pc) return;
      if (pc.connectionState === "connected") say("Sie sind im Gespräch.");
      if (pc.connectionState === "failed") hangUp("Die Verbindung zum Terminal ist abgebrochen.");
    };
    await pc.setRemoteDescription({ type: "offer", sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    await gatheringComplete(pc);
    if (pc !== state.pc) return;
    send({ type: "answer", call_id: state.callId, sdp: pc.localDescription.sdp });
  }

  function gatheringComplete(pc) {
    if (pc.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => { if (pc.iceGatheringState === "complete") resolve(); };
      pc.addEventListener("icegatheringstatechange", done);
      // Without a reachable STUN/TURN server gathering can hang; send what we have.
      setTimeout(resolve, 2000);
    });
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
    endCall(message || "Sie haben aufgelegt.");
  }

  function endCall(message) {
    const hadCall = state.callId !== null;
    state.callId = null;
    if (state.pc) {
      state.pc.close();
      state.pc = null;
    }
    ui.remoteVideo.srcObject = null;
    ui.call.hidden = true;
    if (hadCall) state.pages.callEnded();
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
  // Closing the tab or navigating away ends the call at once, instead of leaving the
  // terminal to notice by itself.
  window.addEventListener("pagehide", () => {
    if (state.callId) send({ type: "end", call_id: state.callId });
    if (state.socket) state.socket.close();
  });

  connect();
})();

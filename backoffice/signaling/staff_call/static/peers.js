// The browser's peer connections in a call, one per other party ("kiosk", "staff",
// "interpreter"): a mesh, as the terminal's uplink measured best (README). The terminal
// (aiortc) cannot take trickled candidates, so every offer and answer here is sent complete.
// ICE servers come from the hub per call (short-lived TURN credentials of our own).
"use strict";

window.createPeers = function createPeers(options) {
  // options: send(message), local() -> MediaStream|null, onTrack(party, event),
  //          onState(party, connectionState), onChannel(party, channel), callId() -> id
  const RELAY_GRACE_MS = 150;
  const connections = new Map(); // party -> RTCPeerConnection
  let iceServers = [];

  function setIceServers(servers) {
    iceServers = (servers || []).map((s) => {
      const server = { urls: s.urls };
      if (s.username) server.username = s.username;
      if (s.credential) server.credential = s.credential;
      return server;
    });
  }

  function open(party, options2) {
    close(party); // a new offer for a party replaces its connection (a reconnect)
    const pc = new RTCPeerConnection({ iceServers, bundlePolicy: "max-bundle" });
    connections.set(party, pc);
    const local = options.local();
    const audioOnly = options2 && options2.audioOnly;
    if (local) {
      local.getTracks()
        .filter((t) => !(audioOnly && t.kind === "video"))
        .forEach((t) => pc.addTrack(t, local));
    }
    pc.ontrack = (event) => { if (connections.get(party) === pc) options.onTrack(party, event); };
    pc.ondatachannel = (event) => {
      if (connections.get(party) === pc) options.onChannel(party, event.channel);
    };
    pc.onconnectionstatechange = () => {
      if (connections.get(party) === pc) options.onState(party, pc.connectionState);
    };
    return pc;
  }

  async function answer(party, sdp) {
    const pc = open(party);
    await pc.setRemoteDescription({ type: "offer", sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    await gatheringComplete(pc);
    if (connections.get(party) !== pc) return;
    options.send({ type: "answer", call_id: options.callId(), peer: party,
                   sdp: pc.localDescription.sdp });
  }

  async function offer(party, offerOptions) {
    const pc = open(party, offerOptions);
    const audioOnly = offerOptions && offerOptions.audioOnly;
    if (!audioOnly && !pc.getTransceivers().some((t) => t.receiver.track.kind === "video")) {
      pc.addTransceiver("video", { direction: "recvonly" });
    }
    if (!pc.getTransceivers().some((t) => t.receiver.track.kind === "audio")) {
      pc.addTransceiver("audio", { direction: "recvonly" });
    }
    await pc.setLocalDescription(await pc.createOffer());
    await gatheringComplete(pc);
    if (connections.get(party) !== pc) return;
    options.send({ type: "offer", call_id: options.callId(), peer: party,
                   sdp: pc.localDescription.sdp });
  }

  async function accept(party, sdp) {
    const pc = connections.get(party);
    if (pc) await pc.setRemoteDescription({ type: "answer", sdp });
  }

  // The SDP must carry the candidates (the terminal cannot take trickled ones). Gathering
  // completes only once every STUN/TURN URL has answered or failed, which for a TURN URL
  // this network cannot reach takes long; the first relay candidate is what a call across
  // NATs needs, so a moment after it the SDP goes (a further relay may make it in time).
  function gatheringComplete(pc) {
    if (pc.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((resolve) => {
      pc.addEventListener("icegatheringstatechange", () => {
        if (pc.iceGatheringState === "complete") resolve();
      });
      pc.addEventListener("icecandidate", (event) => {
        if (event.candidate && event.candidate.type === "relay") setTimeout(resolve, RELAY_GRACE_MS);
      });
      // Nothing answers at all: send what there is rather than hold the call up.
      setTimeout(resolve, 3000);
    });
  }

  function close(party) {
    const pc = connections.get(party);
    if (!pc) return;
    connections.delete(party);
    pc.close();
  }

  function closeAll() {
    for (const party of [...connections.keys()]) close(party);
  }

  function get(party) { return connections.get(party) || null; }

  return { setIceServers, answer, offer, accept, close, closeAll, get, connections };
};

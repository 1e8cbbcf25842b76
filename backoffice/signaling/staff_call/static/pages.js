// Pages the citizen shows during a call, received over the "pages" data channel the terminal
// opens (format: video/page_share.py on the terminal side). Each page is put together from
// its chunks, checked (byte count, SHA-256), decoded, shown as a thumbnail and answered with
// page_seen. Pages stay until the staff member closes them or the next call starts.
"use strict";

window.createShownPages = function createShownPages() {
  const MAX_PAGE_BYTES = 2 * 1024 * 1024; // as in the terminal's contract
  const PAGE_ID = /^[0-9a-f]{32}$/;
  const SHA256 = /^[0-9a-f]{64}$/;
  const $ = (id) => document.getElementById(id);
  const ui = {
    panel: $("shown-pages"),
    title: $("shown-pages-title"),
    empty: $("pages-empty"),
    hint: $("pages-hint"),
    list: $("page-list"),
    handedIn: $("pages-handed-in"),
    live: $("pages-live"),
    close: $("pages-close"),
    tile: $("page-tile"),
    viewer: $("page-viewer"),
    viewerTitle: $("viewer-title"),
    viewerImage: $("viewer-image"),
    viewerClose: $("viewer-close"),
    viewerZoom: $("viewer-zoom"),
  };

  const pages = new Map(); // page id -> {number, width, height, tile, image, url, status}
  let incoming = null; // the page whose chunks are arriving: {meta, parts, received, page}
  let channel = null;
  let opener = null; // the thumbnail that opened the viewer, to give focus back

  const announce = (text) => { ui.live.textContent = text; };
  const integer = (value, min, max) => Number.isInteger(value) && value >= min && value <= max;

  function validHeader(m) {
    return PAGE_ID.test(m.page_id) && integer(m.number, 1, 9999) && m.mime === "image/jpeg"
      && integer(m.size, 1, MAX_PAGE_BYTES) && integer(m.width, 1, 20000)
      && integer(m.height, 1, 20000) && SHA256.test(m.sha256);
  }

  // ---- the channel --------------------------------------------------------------------------

  function attach(dataChannel) {
    channel = dataChannel;
    dataChannel.binaryType = "arraybuffer";
    dataChannel.onmessage = (event) => {
      if (dataChannel === channel) receive(event.data);
    };
    dataChannel.onclose = () => {
      if (dataChannel === channel) abandonIncoming();
    };
  }

  function receive(data) {
    if (typeof data !== "string") {
      addChunk(data);
      return;
    }
    let message;
    try {
      message = JSON.parse(data);
    } catch (error) {
      console.warn("pages: a message that is not JSON was ignored");
      return;
    }
    switch (message && message.type) {
      case "page": startPage(message); break;
      case "page_end": finishPage(message.page_id); break;
      case "page_withdrawn": withdraw(message.page_id); break;
      case "pages_handed_in": handedIn(message); break;
      default: break; // a newer terminal may send more; nothing to do with it here
    }
  }

  function startPage(meta) {
    abandonIncoming();
    if (!validHeader(meta)) {
      incoming = { meta: null, parts: [], received: 0, page: failedTile(null) };
      return;
    }
    const old = pages.get(meta.page_id);
    if (old) forget(old, true);
    const page = addTile(meta);
    incoming = { meta, parts: [], received: 0, page };
  }

  function addChunk(buffer) {
    if (!incoming || !incoming.meta) return;
    incoming.received += buffer.byteLength;
    if (incoming.received > incoming.meta.size) {
      fail(incoming.page);
      incoming.meta = null;
      return;
    }
    incoming.parts.push(buffer);
    const share = Math.floor((100 * incoming.received) / incoming.meta.size);
    incoming.page.tile.querySelector(".page-note").textContent = `wird übertragen … ${share} %`;
  }

  async function finishPage(pageId) {
    const done = incoming;
    incoming = null;
    if (!done || !done.meta) return;
    const { meta, parts, received, page } = done;
    if (pageId !== meta.page_id || received !== meta.size) {
      fail(page);
      return;
    }
    const blob = new Blob(parts, { type: "image/jpeg" });
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await blob.arrayBuffer()));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
    if (hex !== meta.sha256 || page.status !== "arriving") {
      if (page.status === "arriving") fail(page);
      return;
    }
    page.url = URL.createObjectURL(blob);
    page.image.src = page.url;
    try {
      await page.image.decode();
    } catch (error) {
      fail(page);
      return;
    }
    if (page.status !== "arriving") return; // withdrawn or closed while it decoded
    show(page);
    if (channel && channel.readyState === "open") {
      channel.send(JSON.stringify({ type: "page_seen", page_id: meta.page_id }));
    }
  }

  function abandonIncoming() {
    if (incoming && incoming.page.status === "arriving") fail(incoming.page);
    incoming = null;
  }

  // ---- tiles --------------------------------------------------------------------------------

  function addTile(meta) {
    const tile = ui.tile.content.firstElementChild.cloneNode(true);
    const page = {
      id: meta.page_id, number: meta.number, width: meta.width, height: meta.height,
      tile, image: tile.querySelector("img"), url: null, status: "arriving",
    };
    tile.dataset.pageId = meta.page_id;
    tile.dataset.status = page.status;
    tile.querySelector(".page-label").textContent = `Seite ${meta.number}`;
    tile.querySelector(".page-note").textContent = "wird übertragen …";
    // Keeps the tile's shape while the picture comes, so the strip does not jump.
    tile.querySelector(".page-frame").style.aspectRatio = `${meta.width} / ${meta.height}`;
    const button = tile.querySelector(".page-open");
    button.setAttribute("aria-label", `Seite ${meta.number} groß anzeigen`);
    button.addEventListener("click", () => openViewer(page, button));
    pages.set(meta.page_id, page);
    placeInOrder(tile, meta.number);
    reveal();
    return page;
  }

  function placeInOrder(tile, number) {
    tile.dataset.number = String(number);
    const after = [...ui.list.children].find((other) => Number(other.dataset.number) > number);
    ui.list.insertBefore(tile, after || null);
  }

  function failedTile(meta) {
    const page = addTile(meta || {
      page_id: "", number: 0, width: 210, height: 297, mime: "", size: 0, sha256: "",
    });
    pages.delete("");
    page.tile.querySelector(".page-label").textContent = "Seite";
    fail(page);
    return page;
  }

  function show(page) {
    setStatus(page, "shown");
    page.image.alt = `Seite ${page.number}, am Terminal gescannt`;
    page.tile.querySelector(".page-open").disabled = false;
    page.tile.querySelector(".page-note").textContent = "";
    ui.hint.hidden = false;
    announce(`Seite ${page.number} ist angekommen.`);
  }

  function fail(page) {
    setStatus(page, "failed");
    release(page);
    page.tile.querySelector(".page-note").textContent = "Diese Seite konnte nicht angezeigt werden.";
    announce("Eine Seite konnte nicht angezeigt werden.");
  }

  function withdraw(pageId) {
    const page = pages.get(pageId);
    if (!page) return;
    if (incoming && incoming.page === page) incoming = null;
    setStatus(page, "withdrawn");
    release(page);
    page.tile.querySelector(".page-open").disabled = true;
    page.tile.querySelector(".page-note").textContent =
      "Von der Bürgerin oder dem Bürger zurückgenommen.";
    announce(`Seite ${page.number} wurde am Terminal zurückgenommen.`);
  }

  function handedIn(message) {
    if (typeof message.reference !== "string" || !/^[0-9A-Z][0-9A-Z-]{0,31}$/.test(message.reference)
        || !integer(message.count, 0, 9999)) return;
    const pagesText = message.count === 1 ? "1 Seite" : `${message.count} Seiten`;
    ui.handedIn.textContent =
      `Für die E-Akte abgegeben: ${pagesText}, Vorgangsnummer ${message.reference}`;
    ui.handedIn.hidden = false;
    reveal();
  }

  function setStatus(page, status) {
    page.status = status;
    page.tile.dataset.status = status;
  }

  // The picture goes; the tile (with its note) stays.
  function release(page) {
    if (ui.viewer.open && ui.viewer.dataset.pageId === page.id) closeViewer();
    page.image.removeAttribute("src");
    page.image.alt = "";
    if (page.url) URL.revokeObjectURL(page.url);
    page.url = null;
  }

  function forget(page, removeTile) {
    release(page);
    page.status = "gone";
    pages.delete(page.id);
    if (removeTile) page.tile.remove();
  }

  // ---- the large view -----------------------------------------------------------------------

  function openViewer(page, button) {
    if (page.status !== "shown") return;
    opener = button;
    ui.viewer.dataset.pageId = page.id;
    ui.viewerTitle.textContent = `Seite ${page.number}`;
    ui.viewerImage.src = page.url;
    ui.viewerImage.alt = page.image.alt;
    setReading(false);
    ui.viewer.showModal();
    ui.viewerClose.focus();
  }

  function closeViewer() {
    if (ui.viewer.open) ui.viewer.close();
  }

  ui.viewer.addEventListener("close", () => {
    ui.viewerImage.removeAttribute("src");
    delete ui.viewer.dataset.pageId;
    if (opener && opener.isConnected) opener.focus();
    opener = null;
  });
  function setReading(reading) {
    ui.viewer.classList.toggle("reading", reading);
    ui.viewerZoom.textContent = reading ? "Ganze Seite zeigen" : "Lesegröße";
  }

  ui.viewerClose.addEventListener("click", closeViewer);
  ui.viewerZoom.addEventListener("click", () =>
    setReading(!ui.viewer.classList.contains("reading")));
  // A click on the dimmed backdrop (the dialog itself, not its content) closes it too.
  ui.viewer.addEventListener("click", (event) => { if (event.target === ui.viewer) closeViewer(); });

  // ---- the panel's life with the call -------------------------------------------------------

  function reveal() {
    ui.panel.hidden = false;
    ui.empty.hidden = pages.size > 0 || !ui.handedIn.hidden;
  }

  function callStarted() {
    clear();
    ui.panel.hidden = false;
    ui.panel.classList.remove("after-call");
    ui.title.textContent = "Gezeigte Unterlagen";
    ui.close.hidden = true;
  }

  // The staff member may still need a page after hanging up (to note a figure, say): the
  // pages stay until they close them, or the next call starts.
  function callEnded() {
    abandonIncoming();
    channel = null;
    if (pages.size === 0 && ui.handedIn.hidden) {
      clear();
      return;
    }
    ui.panel.classList.add("after-call");
    ui.title.textContent = "Gezeigte Unterlagen aus dem beendeten Anruf";
    ui.close.hidden = false;
  }

  function clear() {
    closeViewer();
    for (const page of [...pages.values()]) forget(page, false);
    ui.list.replaceChildren();
    incoming = null;
    ui.handedIn.hidden = true;
    ui.handedIn.textContent = "";
    ui.empty.hidden = false;
    ui.hint.hidden = true;
    ui.close.hidden = true;
    ui.panel.hidden = true;
  }

  ui.close.addEventListener("click", clear);

  return { attach, callStarted, callEnded, clear, pages };
};

/*
 * Chat widget for the Connecticut victim-services resource locator.
 *
 * Embed:  <script src="https://HOST/widget/widget.js" data-server="https://HOST"
 *                 data-exit-url="https://www.google.com/" defer></script>
 *
 * Written for a person whose phone someone else checks:
 * - Nothing is written to the device: no cookies, localStorage, sessionStorage
 *   or IndexedDB. The conversation lives in this page's memory and the DOM only;
 *   the sender id is 128 random bits made here and never stored.
 * - Exit (always on screen) and the Escape key, anywhere on the page, abort any
 *   request in flight, wipe the conversation, ask the server to delete it
 *   (a beacon, which outlives the page) and location.replace() a neutral site,
 *   so Back does not return here. Leaving the page any other way wipes it too,
 *   so the back/forward cache cannot bring it back.
 * - Bot and user text only ever goes in through textContent (never innerHTML);
 *   tel:/sms: links are built from numbers checked to be digits.
 * - Everything lives in a shadow root, so the agency page's CSS cannot reach in;
 *   the only style is widget.css from the server (no inline style: strict CSPs work).
 * Plain ES2017, no dependencies, no build step.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || document.querySelector("help-chat-widget")) return;

  var DEFAULT_EXIT_URL = "https://www.google.com/";
  // The two numbers the header always shows (tests tie them to the vetted directory).
  var HEADER_LINES = [
    { label: "Call 911", number: "911", name: "Call 911, emergency" },
    { label: "1-888-373-7888", number: "+18883737888", name: "Call the National Human Trafficking Hotline, 1-888-373-7888" }
  ];
  var FAILED = "Sorry, that message did not go through. If you are in danger, call 911. " +
    "To find services any time, call 211.";
  var HISTORY_NOTE = "Exit or Esc leaves at once. Your browser history may still list this site: " +
    "delete it there (Ctrl+H, or History in the menu).";
  // A reply slower than this is given up on (with the numbers above), so one
  // lost request cannot hold up the rest of the conversation.
  var REPLY_TIMEOUT_MS = 60000;
  var MATCH_LABELS = { local: "In your town", nearby: "Nearby", statewide: "Statewide", national: "National" };

  var base = widgetBase(script);
  var exitUrl = httpUrl(script.getAttribute("data-exit-url")) || DEFAULT_EXIT_URL;

  var sender = newSender();
  var started = false;      // the server has a conversation for `sender`
  var generation = 0;       // bumped by wipe(): replies to an older conversation are dropped
  var queue = Promise.resolve();
  var controllers = new Set();
  var pending = 0;

  /* ---- configuration ---- */

  function widgetBase(tag) {
    var server = httpUrl(tag.getAttribute("data-server"));
    if (server) return new URL("widget/", server.replace(/\/*$/, "/"));
    return new URL(".", tag.src);
  }

  function httpUrl(value) {
    if (!value) return null;
    try {
      var url = new URL(value, document.baseURI);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function newSender() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  /* ---- phone links: digits only ---- */

  // "+18608388467" or a short code "988" (the directory's dialable form), or
  // "1-888-373-7888" (the escalation markers' form): E.164 for full US numbers,
  // so a phone with a foreign SIM dials them too.
  function dialable(number) {
    if (typeof number !== "string") return null;
    if (/^\+[0-9]{8,15}$/.test(number)) return number;
    if (!/^[0-9][0-9-]{1,16}$/.test(number)) return null;
    var digits = number.replace(/-/g, "");
    if (digits.length === 11 && digits[0] === "1") return "+" + digits;
    if (digits.length === 10) return "+1" + digits;
    return digits.length <= 6 ? digits : null;
  }

  function telHref(number) {
    var d = dialable(number);
    return d ? "tel:" + d : null;
  }

  function smsHref(number, keyword) {
    var d = dialable(number);
    if (!d) return null;
    if (keyword && /^[A-Za-z0-9 ]{1,20}$/.test(keyword)) return "sms:" + d + "?body=" + encodeURIComponent(keyword);
    return "sms:" + d;
  }

  /* ---- DOM helpers (text only through textContent) ---- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (attrs[key] !== null && attrs[key] !== undefined && attrs[key] !== false) node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function link(href, label, cls, name) {
    if (!href) return null;
    return el("a", { href: href, class: cls, "aria-label": name || null }, [label]);
  }

  function srOnly(text) {
    return el("span", { class: "sr-only" }, [text]);
  }

  /* ---- the widget ---- */

  var host = document.createElement("help-chat-widget");
  var shadow = host.attachShadow({ mode: "open" });
  var stylesheet = el("link", { rel: "stylesheet", href: new URL("widget.css", base).href });
  var root = el("div", { class: "root", hidden: "" });

  var launcher = el("button", { type: "button", class: "launcher", "aria-expanded": "false", "aria-controls": "help-chat-panel" }, ["Chat"]);
  var barExit = exitButton();
  var bar = el("div", { class: "bar" }, [launcher, barExit]);

  var minimise = el("button", { type: "button", class: "minimise", "aria-label": "Minimise the chat" }, ["\u2013"]);
  var header = el("header", { class: "header" }, [
    el("div", { class: "header-top" }, [
      el("h2", { class: "title", id: "help-chat-title" }, ["Help chat"]),
      minimise,
      exitButton()
    ]),
    el("p", { class: "crisis" }, [
      link("tel:" + HEADER_LINES[0].number, HEADER_LINES[0].label, "crisis-link", HEADER_LINES[0].name),
      " / ",
      link("tel:" + HEADER_LINES[1].number, HEADER_LINES[1].label, "crisis-link", HEADER_LINES[1].name)
    ])
  ]);
  var note = el("p", { class: "note" }, [HISTORY_NOTE]);
  var bannerLines = el("ul", { class: "banner-lines" });
  var bannerHide = el("button", { type: "button", class: "banner-hide", "aria-label": "Hide the crisis lines" }, ["Hide"]);
  var banner = el("section", { class: "banner", "aria-labelledby": "help-chat-banner-title", hidden: "" }, [
    el("div", { class: "banner-top" }, [el("h3", { class: "banner-title", id: "help-chat-banner-title" }, ["Help right now"]), bannerHide]),
    bannerLines
  ]);
  var log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation", tabindex: "0" });
  var typing = el("p", { class: "typing", hidden: "", "aria-hidden": "true" }, ["\u2026"]);
  var input = el("input", {
    type: "text", id: "help-chat-input", class: "input", autocomplete: "off", maxlength: "2000",
    enterkeyhint: "send", placeholder: "Type a message"
  });
  var send = el("button", { type: "submit", class: "send" }, ["Send"]);
  var form = el("form", { class: "compose", autocomplete: "off" }, [
    el("label", { for: "help-chat-input", class: "sr-only" }, ["Your message"]),
    input,
    send
  ]);
  var panel = el("section", { class: "panel", id: "help-chat-panel", "aria-labelledby": "help-chat-title", hidden: "" }, [
    header, note, banner, log, typing, form
  ]);

  root.appendChild(bar);
  root.appendChild(panel);
  shadow.appendChild(stylesheet);
  shadow.appendChild(root);
  // Shown once styled: an unstyled widget would spill into the agency's page.
  stylesheet.addEventListener("load", function () { root.removeAttribute("hidden"); });

  function exitButton() {
    var button = el("button", { type: "button", class: "exit", "aria-label": "Exit this site now (Escape)" }, ["Exit"]);
    button.addEventListener("click", quickExit);
    return button;
  }

  /* ---- open, close ---- */

  function open() {
    panel.removeAttribute("hidden");
    bar.setAttribute("hidden", "");
    launcher.setAttribute("aria-expanded", "true");
    input.focus();
    if (!started) {
      started = true;
      post("/greet");
    }
  }

  function close() {
    panel.setAttribute("hidden", "");
    bar.removeAttribute("hidden");
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", open);
  minimise.addEventListener("click", close);
  bannerHide.addEventListener("click", function () {
    banner.setAttribute("hidden", "");
    input.focus();
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    say(text, text);
  });

  /* ---- talking to the server ---- */

  function say(message, shown) {
    started = true;
    addMessage("me", "You said: ", shown);
    post(message);
  }

  function post(message) {
    var mine = generation;
    var controller = new AbortController();
    controllers.add(controller);
    setPending(1);
    queue = queue.then(function () {
      if (controller.signal.aborted) return null;
      var timer = setTimeout(function () { controller.abort(); }, REPLY_TIMEOUT_MS);
      return fetch(new URL("webhook", base).href, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: sender, message: message }),
        credentials: "omit",
        cache: "no-store",
        referrerPolicy: "no-referrer",
        signal: controller.signal
      }).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      }).then(function (replies) {
        if (mine === generation) showReplies(Array.isArray(replies) ? replies : []);
      }).catch(function () {
        // After an exit the generation has moved on: nothing more is shown.
        if (mine === generation) addMessage("bot", "Assistant: ", FAILED);
      }).then(function () {
        clearTimeout(timer);
        controllers.delete(controller);
        if (mine === generation) setPending(-1);
      });
    });
  }

  function setPending(change) {
    pending += change;
    if (pending > 0) {
      typing.removeAttribute("hidden");
      log.setAttribute("aria-busy", "true");
    } else {
      typing.setAttribute("hidden", "");
      log.removeAttribute("aria-busy");
    }
  }

  /* ---- showing replies ---- */

  function showReplies(replies) {
    var first = null;
    var lines = [];
    replies.forEach(function (reply) {
      if (!reply || typeof reply !== "object") return;
      var custom = reply.custom && typeof reply.custom === "object" ? reply.custom : {};
      if (custom.escalation && Array.isArray(custom.escalation.lines)) lines = lines.concat(custom.escalation.lines);
      var node = Array.isArray(custom.resources) && custom.resources.length
        ? addCards(custom.resources, reply.text)
        : reply.text ? addMessage("bot", "Assistant: ", reply.text) : null;
      if (Array.isArray(reply.buttons) && reply.buttons.length) {
        var choices = addChoices(reply.buttons);
        node = node || choices;
      }
      first = first || node;
    });
    if (lines.length) showBanner(lines);
    // The start of the new reply, not the end: results are long on a phone.
    if (first) log.scrollTop = Math.max(0, first.offsetTop - 12);
  }

  function addMessage(who, prefix, text) {
    var node = el("p", { class: "msg " + who }, [srOnly(prefix), String(text)]);
    log.appendChild(node);
    return node;
  }

  function addChoices(buttons) {
    var group = el("div", { class: "choices", role: "group", "aria-label": "Choices" });
    buttons.forEach(function (button) {
      if (!button || typeof button.title !== "string" || typeof button.payload !== "string") return;
      var choice = el("button", { type: "button", class: "choice" }, [button.title]);
      choice.addEventListener("click", function () {
        say(button.payload, button.title);
        input.focus();
      });
      group.appendChild(choice);
    });
    log.appendChild(group);
    return group;
  }

  // Cards instead of the text that lists the same services; the text stays one
  // tap away (and is what a screen reader hears first, in reading order).
  function addCards(cards, text) {
    var list = el("ul", { class: "cards", "aria-label": "Services" });
    cards.forEach(function (card) {
      if (card && typeof card.name === "string") list.appendChild(cardItem(card));
    });
    var children = [srOnly("Assistant: "), list];
    if (text) children.push(el("details", { class: "as-text" }, [el("summary", {}, ["Show as text"]), el("p", { class: "plain" }, [String(text)])]));
    var node = el("div", { class: "msg bot results" }, children);
    log.appendChild(node);
    return node;
  }

  function cardItem(card) {
    var phones = Array.isArray(card.phones) ? card.phones : [];
    var actions = el("div", { class: "card-actions" });
    phones.forEach(function (phone) {
      if (!phone || typeof phone.display !== "string") return;
      var display = phone.display.charAt(0).toUpperCase() + phone.display.slice(1);
      var a = phone.type === "sms"
        ? link(smsHref(phone.number, phone.keyword), display, "action text-action", null)
        : link(telHref(phone.number), "Call " + display, "action call-action", null);
      if (a) actions.appendChild(a);
    });
    var details = el("dl", { class: "card-details" });
    [["Serves", card.area], ["Hours", card.hours],
     ["Languages", Array.isArray(card.languages) ? card.languages.join(", ") : null]].forEach(function (row) {
      if (typeof row[1] === "string" && row[1]) {
        details.appendChild(el("dt", {}, [row[0]]));
        details.appendChild(el("dd", {}, [row[1]]));
      }
    });
    var tag = MATCH_LABELS[card.match];
    return el("li", { class: "card" }, [
      el("h3", { class: "card-name" }, [card.name]),
      tag ? el("p", { class: "card-tag" }, [tag]) : null,
      actions,
      details
    ]);
  }

  function showBanner(lines) {
    var seen = new Set();
    bannerLines.replaceChildren();
    lines.forEach(function (line) {
      if (!line || typeof line.name !== "string") return;
      var key = (line.call || "") + "|" + (line.text || "");
      if (seen.has(key)) return;
      seen.add(key);
      var call = typeof line.call === "string" ? link(telHref(line.call), "Call " + line.call, "action call-action", "Call " + line.name + ", " + line.call) : null;
      var text = typeof line.text === "string" ? link(smsHref(line.text), "Text " + line.text, "action text-action", "Text " + line.name + ", " + line.text) : null;
      if (!call && !text) return;
      bannerLines.appendChild(el("li", { class: "banner-line" }, [
        el("span", { class: "banner-name" }, [line.name]),
        el("span", { class: "banner-actions" }, [call, text])
      ]));
    });
    if (bannerLines.childElementCount) banner.removeAttribute("hidden");
  }

  /* ---- leaving ---- */

  // Forget everything: requests in flight, what is on screen, the server's copy.
  function wipe() {
    generation += 1;
    controllers.forEach(function (controller) { controller.abort(); });
    controllers.clear();
    if (started && navigator.sendBeacon) {
      try {
        navigator.sendBeacon(new URL("forget", base).href, sender);
      } catch (error) { /* leaving matters more than the server's copy */ }
    }
    log.replaceChildren();
    panel.setAttribute("hidden", "");
    bar.removeAttribute("hidden");
    launcher.setAttribute("aria-expanded", "false");
    bannerLines.replaceChildren();
    banner.setAttribute("hidden", "");
    input.value = "";
    pending = 0;
    setPending(0);
    sender = newSender();
    started = false;
  }

  function quickExit(event) {
    if (event) event.preventDefault();
    wipe();
    host.remove();
    window.location.replace(exitUrl);
  }

  window.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !event.isComposing) quickExit(event);
  }, true);
  window.addEventListener("pagehide", wipe);

  if (document.body) {
    document.body.appendChild(host);
  } else {
    document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(host); });
  }
})();

// The participant's phone page. Everything shown that came from the server or a person is set with
// textContent, never as markup, so a title or comment can never run as code.
"use strict";

const TOKEN_KEY = "journeyStudio.workshop.token";
const SEGMENT_KEY = "journeyStudio.workshop.segment";
const LANGUAGE_KEY = "journeyStudio.workshop.language";
const LANGUAGES = ["en", "de", "es"];
const POLL_MS = 3000;

const page = {
  workshop: null,
  token: localStorage.getItem(TOKEN_KEY),
  segmentId: sessionStorage.getItem(SEGMENT_KEY),
  status: { openStageIds: [], revealed: false, ended: false, mine: {}, dots: { open: false, shown: false } },
  stageIndex: 0,
  timer: null,
  language: "en",
  texts: {},
};

// The page's words: the studio's "phone" bundle in the chosen language, as MessageFormat patterns (see format).
function t(key, ...args) {
  const pattern = page.texts[key];
  return pattern === undefined ? "[" + key + "]" : format(pattern, args);
}

// The MessageFormat patterns the bundles use: {0}, {0,number,integer}, {0,number,#.#} and
// {0,choice,0#…|1#…|1<…}, with '' for an apostrophe; numbers in the page's language.
function format(pattern, args) {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'" && pattern[i + 1] === "'") {
      out += "'";
      i++;
    } else if (c === "{") {
      const end = closing(pattern, i);
      out += argument(pattern.slice(i + 1, end), args);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

function closing(pattern, open) {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === "{") depth++;
    if (pattern[i] === "}" && --depth === 0) return i;
  }
  return pattern.length;
}

function argument(inner, args) {
  const first = inner.indexOf(",");
  const value = args[Number(first < 0 ? inner : inner.slice(0, first))];
  if (first < 0) return typeof value === "number" ? number(value, 3) : String(value);
  const rest = inner.slice(first + 1);
  const second = rest.indexOf(",");
  const type = (second < 0 ? rest : rest.slice(0, second)).trim();
  const style = second < 0 ? "" : rest.slice(second + 1);
  if (type === "choice") return format(choose(style, Number(value)), args);
  if (style === "integer") return number(value, 0);
  const dot = style.indexOf(".");
  return number(value, dot < 0 ? 3 : style.length - dot - 1);
}

function number(value, decimals) {
  return new Intl.NumberFormat(page.language, { maximumFractionDigits: decimals }).format(value);
}

// The case of a choice format for x: the last whose limit it reaches ("1#": x >= 1, "1<": x > 1).
function choose(style, x) {
  const cases = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= style.length; i++) {
    if (i === style.length || (style[i] === "|" && depth === 0)) {
      cases.push(style.slice(start, i));
      start = i + 1;
    } else if (style[i] === "{") depth++;
    else if (style[i] === "}") depth--;
  }
  let chosen = "";
  for (const choice of cases) {
    const at = choice.search(/[#<]/);
    const limit = Number(choice.slice(0, at));
    if (chosen === "" || (choice[at] === "#" ? x >= limit : x > limit)) chosen = choice.slice(at + 1);
  }
  return chosen;
}

// The phone's language (or the one picked here before) when the studio speaks it, else English.
function preferredLanguage() {
  const candidates = [localStorage.getItem(LANGUAGE_KEY), ...(navigator.languages || []), navigator.language];
  for (const tag of candidates) {
    const language = (tag || "").toLowerCase().split(/[-_]/)[0];
    if (LANGUAGES.includes(language)) return language;
  }
  return "en";
}

async function useLanguage(language) {
  const response = await fetch("/api/texts?lang=" + encodeURIComponent(language), { headers: { "Accept": "application/json" } });
  const data = await response.json();
  page.language = data.language;
  page.texts = data.texts;
  document.documentElement.lang = page.language;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) {
    node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  }
  for (const button of document.querySelectorAll("#languages button")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === page.language));
  }
}

async function switchLanguage(language) {
  localStorage.setItem(LANGUAGE_KEY, language);
  await useLanguage(language);
  say("");
  // Redraw what is on screen in the new words; the answers given stay.
  if (!$("segment").hidden) chooseSegment();
  if (!$("rate").hidden) renderStage();
  if (!$("thanks").hidden) renderThanks();
  if (page.workshop) renderDots();
}

function $(id) { return document.getElementById(id); }

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function show(screen) {
  const arriving = $(screen).hidden;
  for (const id of ["join", "segment", "rate", "thanks"]) $(id).hidden = id !== screen;
  window.scrollTo(0, 0);
  if (arriving) announce(screen);
}

// A phone's screen reader follows focus: after a tap that hides its own button, focus moves to the new screen's
// heading, so the reader says where the participant now is instead of falling silent on a vanished button.
function announce(screen) {
  const heading = $(screen).querySelector("h1");
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

function say(text) {
  const box = $("message");
  box.textContent = text || "";
  box.hidden = !text;
}

async function call(method, path, body) {
  const headers = { "Accept": "application/json", "Accept-Language": page.language };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (page.token) headers["X-Workshop-Token"] = page.token;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new Error(t("phone.unreachable"));
  }
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  if (response.status === 401) {
    forget();
    show("join");
  }
  if (!response.ok) {
    const error = new Error(data.error || t("phone.refused", response.status));
    error.status = response.status;
    throw error;
  }
  return data;
}

function forget() {
  page.token = null;
  localStorage.removeItem(TOKEN_KEY);
}

async function join(event) {
  event.preventDefault();
  const pin = $("pin").value.replace(/\D/g, "");
  if (pin.length !== 6) {
    say(t("phone.pinHasSixDigits"));
    return;
  }
  try {
    const data = await call("POST", "/api/join", { pin });
    page.token = data.token;
    localStorage.setItem(TOKEN_KEY, data.token);
    say("");
    await start(data.workshop);
    chooseSegment();
  } catch (e) {
    say(e.message);
  }
}

async function start(workshop) {
  page.workshop = workshop;
  $("map-title").textContent = workshop.title;
  await poll();
}

function chooseSegment() {
  const choices = $("segment-choices");
  choices.replaceChildren();
  const add = (label, sub, segmentId) => {
    const button = el("button", label);
    button.type = "button";
    if (sub) button.appendChild(el("span", sub, "sub"));
    button.addEventListener("click", () => {
      page.segmentId = segmentId;
      sessionStorage.setItem(SEGMENT_KEY, segmentId);
      page.stageIndex = 0;
      renderStage();
      show("rate");
    });
    choices.appendChild(button);
  };
  const names = {};
  for (const segment of page.workshop.segments) {
    names[segment.id] = segment.name;
    add(segment.name, null, segment.id);
  }
  for (const persona of page.workshop.personas) {
    add(persona.name, t("phone.likeSegment", names[persona.segmentId]), persona.segmentId);
  }
  add(t("phone.noneOfThese"), t("phone.rateWithoutGroup"), "");
  show("segment");
}

function stageOpen(stage) {
  return !page.status.ended && page.status.openStageIds.includes(stage.id);
}

function renderStage() {
  const stages = page.workshop.stages;
  const stage = stages[page.stageIndex];
  const open = stageOpen(stage);
  $("stage-step").textContent = t("phone.stageOf", page.stageIndex + 1, stages.length);
  $("stage-heading").textContent = stage.name;
  $("stage-closed").hidden = open;
  const list = $("touchpoints");
  list.replaceChildren();
  for (const touchpoint of stage.touchpoints) list.appendChild(touchpointCard(touchpoint, open));
  $("previous").disabled = page.stageIndex === 0;
  $("next").textContent = t(page.stageIndex === stages.length - 1 ? "phone.finish" : "phone.nextStage");
}

function touchpointCard(touchpoint, open) {
  const item = el("li", null, "touchpoint");
  const headingId = "tp-" + touchpoint.id;
  const heading = el("h2", touchpoint.title || t("phone.untitled"));
  heading.id = headingId;
  item.appendChild(heading);
  item.appendChild(ratingButtons(touchpoint, open, headingId));
  item.appendChild(commentBox(touchpoint, open));
  return item;
}

function ratingButtons(touchpoint, open, headingId) {
  const { min, max } = page.workshop.scale;
  const stars = max - min <= 6;
  const group = el("fieldset", null, stars ? "scale" : "scale numbers");
  const legend = el("legend", touchpoint.title ? t("phone.yourRatingFor", touchpoint.title)
    : t("phone.yourRatingForThis"));
  group.appendChild(legend);
  group.setAttribute("aria-labelledby", headingId);
  const chosen = page.status.mine[touchpoint.id];
  const buttons = [];
  for (let value = min; value <= max; value++) {
    const button = el("button", stars ? "\u2605" : String(value));
    button.type = "button";
    button.disabled = !open;
    button.setAttribute("aria-label", t("phone.ratingOf", value, max));
    button.setAttribute("aria-pressed", String(chosen === value));
    if (chosen !== undefined && (stars ? value <= chosen : value === chosen)) button.classList.add("on");
    button.dataset.value = String(value);
    button.addEventListener("click", () => rate(touchpoint, value, buttons, stars));
    buttons.push(button);
    group.appendChild(button);
  }
  const wrap = el("div");
  wrap.appendChild(group);
  const ends = el("div", null, "ends");
  ends.appendChild(el("span", t("phone.veryPoor", min)));
  ends.appendChild(el("span", t("phone.excellent", max)));
  wrap.appendChild(ends);
  return wrap;
}

async function rate(touchpoint, value, buttons, stars) {
  try {
    await call("PUT", "/api/answers", { touchpointId: touchpoint.id, segmentId: page.segmentId || null, rating: value });
    page.status.mine[touchpoint.id] = value;
    for (const button of buttons) {
      const v = Number(button.dataset.value);
      button.classList.toggle("on", stars ? v <= value : v === value);
      button.setAttribute("aria-pressed", String(v === value));
    }
    say("");
  } catch (e) {
    say(e.message);
  }
}

function commentBox(touchpoint, open) {
  const details = el("details");
  details.appendChild(el("summary", t("phone.addPainPointOrIdea")));
  const kinds = el("div", null, "kinds");
  const name = "kind-" + touchpoint.id;
  for (const [value, text] of [["PAIN_POINT", t("phone.painPoint")], ["IDEA", t("phone.idea")]]) {
    const label = el("label");
    const radio = el("input");
    radio.type = "radio";
    radio.name = name;
    radio.value = value;
    radio.checked = value === "PAIN_POINT";
    label.appendChild(radio);
    label.appendChild(document.createTextNode(text));
    kinds.appendChild(label);
  }
  details.appendChild(kinds);
  const textId = "text-" + touchpoint.id;
  const label = el("label", t("phone.whatHappened"));
  label.htmlFor = textId;
  const text = el("textarea");
  text.id = textId;
  text.rows = 3;
  text.maxLength = 500;
  const send = el("button", t("phone.send"), "secondary");
  send.type = "button";
  send.disabled = !open;
  const sent = el("p", null, "sent");
  sent.setAttribute("aria-live", "polite");
  send.addEventListener("click", async () => {
    const kind = details.querySelector("input[name='" + name + "']:checked").value;
    try {
      await call("POST", "/api/comments", { touchpointId: touchpoint.id, segmentId: page.segmentId || null,
        kind, text: text.value });
      text.value = "";
      sent.textContent = t("phone.sent");
      say("");
    } catch (e) {
      say(e.message);
    }
  });
  details.append(label, text, send, sent);
  return details;
}

function next() {
  if (page.stageIndex < page.workshop.stages.length - 1) {
    page.stageIndex++;
    renderStage();
    window.scrollTo(0, 0);
    announce("rate");
  } else {
    renderThanks();
    show("thanks");
  }
}

function previous() {
  if (page.stageIndex > 0) {
    page.stageIndex--;
    renderStage();
    window.scrollTo(0, 0);
    announce("rate");
  }
}

function renderThanks() {
  const means = page.status.means;
  $("means").hidden = !page.status.revealed || !means;
  const list = $("means-list");
  list.replaceChildren();
  if (!means) return;
  const { max } = page.workshop.scale;
  for (const stage of page.workshop.stages) {
    for (const touchpoint of stage.touchpoints) {
      if (means[touchpoint.id] !== undefined) {
        list.appendChild(el("li", t("phone.mean", touchpoint.title, means[touchpoint.id], max)));
      }
    }
  }
}

// Dot-voting on the map's opportunities: shown above the rating screens while a round is open or its results shown.
function renderDots() {
  const dots = page.status.dots || { open: false, shown: false };
  const section = $("dots");
  section.hidden = !page.workshop || dots.dots === 0 || !(dots.open || dots.shown)
    || page.workshop.opportunities.length === 0;
  if (section.hidden) return;
  $("dots-left").textContent = t("phone.dotsLeft", dots.left, dots.dots);
  $("dots-closed").hidden = dots.open;
  const list = $("dot-list");
  list.replaceChildren();
  for (const opportunity of page.workshop.opportunities) {
    const mine = dots.mine[opportunity.id] || 0;
    const item = el("li", null, "touchpoint");
    const heading = el("h2", opportunity.title || t("phone.untitled"));
    heading.id = "opp-" + opportunity.id;
    item.appendChild(heading);
    const row = el("div", null, "dot-row");
    row.setAttribute("role", "group");
    row.setAttribute("aria-labelledby", heading.id);
    const less = el("button", "\u2212");
    less.type = "button";
    less.disabled = !dots.open || mine === 0;
    less.setAttribute("aria-label", opportunity.title ? t("phone.takeDotBack", opportunity.title)
      : t("phone.takeDotBackThis"));
    less.addEventListener("click", () => placeDots(opportunity, mine - 1));
    const count = el("span", t("phone.dotCount", mine), "dot-count");
    const more = el("button", "+");
    more.type = "button";
    more.disabled = !dots.open || dots.left === 0;
    more.setAttribute("aria-label", opportunity.title ? t("phone.putDot", opportunity.title) : t("phone.putDotThis"));
    more.addEventListener("click", () => placeDots(opportunity, mine + 1));
    row.append(less, count, more);
    item.appendChild(row);
    if (dots.results) {
      const room = dots.results[opportunity.id] || 0;
      item.appendChild(el("p", t("phone.roomDots", room), "dot-room"));
    }
    list.appendChild(item);
  }
}

async function placeDots(opportunity, count) {
  try {
    page.status.dots = await call("PUT", "/api/dots", { opportunityId: opportunity.id, dots: count });
    say("");
  } catch (e) {
    say(e.message);
  }
  renderDots();
  const heading = $("opp-" + opportunity.id);
  if (heading) heading.parentNode.querySelector("button:not(:disabled)")?.focus();
}

async function poll() {
  clearTimeout(page.timer);
  if (!page.token) return;
  try {
    const status = await call("GET", "/api/status");
    const changed = JSON.stringify(status.openStageIds) !== JSON.stringify(page.status.openStageIds)
      || status.ended !== page.status.ended || status.revealed !== page.status.revealed;
    const dotsChanged = JSON.stringify(status.dots) !== JSON.stringify(page.status.dots);
    page.status = status;
    if (dotsChanged) renderDots();
    if (status.ended) {
      $("dots").hidden = true;
      say(t("phone.ended"));
      forget();
      return;
    }
    if (changed && !$("rate").hidden) renderStage();
    if (!$("thanks").hidden) renderThanks();
  } catch (e) {
    if (e.status !== 401) say(e.message);
  }
  if (page.token) page.timer = setTimeout(poll, POLL_MS);
}

async function resume() {
  if (!page.token) {
    show("join");
    return;
  }
  try {
    const data = await call("GET", "/api/workshop");
    await start(data.workshop);
    if (page.segmentId === null) {
      chooseSegment();
    } else {
      renderStage();
      show("rate");
    }
  } catch (e) {
    show("join");
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  for (const button of document.querySelectorAll("#languages button")) {
    button.addEventListener("click", () => switchLanguage(button.dataset.lang));
  }
  try {
    await useLanguage(preferredLanguage());
  } catch (e) {
    say("The studio cannot be reached.");
  }
  $("join-form").addEventListener("submit", join);
  $("next").addEventListener("click", next);
  $("previous").addEventListener("click", previous);
  $("change").addEventListener("click", () => { page.stageIndex = 0; renderStage(); show("rate"); });
  resume();
});

// Exosphere web UI: progressive enhancement only. Every page works without this file.
"use strict";

// Copy buttons: shown only when scripting works, they copy the named field's value.
function enableCopyButtons() {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const field = document.getElementById(button.dataset.copy);
      if (!field) return;
      try {
        await navigator.clipboard.writeText(field.value);
        button.textContent = button.dataset.copied || "✓";
      } catch {
        field.select();
      }
    });
  }
}

// Live sections: every few seconds ask /live whether the instance store changed since the
// revision last seen; only then re-fetch this page and swap in each section that has
// data-refresh and an id. The state changes /live lists are read out by #live-announcer.
function enableLiveSections() {
  const sections = document.querySelectorAll("[data-refresh][id]");
  const announcer = document.getElementById("live-announcer");
  if (sections.length === 0 && !announcer) return;
  const seconds = Math.max(2, Math.min(...Array.from(sections, (s) => Number(s.dataset.refresh) || 5), 5));
  let revision = null;
  const tick = async () => {
    if (document.hidden) return;
    try {
      const since = revision === null ? "" : "?since=" + encodeURIComponent(revision);
      const answer = await fetch("/live" + since, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!answer.ok) return;
      const update = await answer.json();
      const changed = revision !== null && update.revision !== revision;
      revision = update.revision;
      if (announcer && update.messages.length > 0) announcer.textContent = update.messages.slice(-5).join(" ");
      if (!changed || sections.length === 0) return;
      const response = await fetch(window.location.href, { credentials: "same-origin" });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const section of sections) {
        const fresh = page.getElementById(section.id);
        if (fresh && fresh.innerHTML !== section.innerHTML) {
          const kept = rememberChoices(section);
          section.innerHTML = fresh.innerHTML;
          restoreChoices(section, kept);
        }
      }
    } catch {
      // Offline for a moment: try again at the next tick.
    }
  };
  tick();
  setInterval(tick, seconds * 1000);
}

// A refreshed section must not undo what the person was doing in it: ticked checkboxes stay
// ticked (matched by name and value), menus keep their choice, the focused control its focus.
function rememberChoices(section) {
  const checked = new Set(Array.from(section.querySelectorAll("input[type=checkbox]:checked"), (box) => box.name + "=" + box.value));
  const chosen = new Map(Array.from(section.querySelectorAll("select[id]"), (menu) => [menu.id, menu.value]));
  const focused = section.contains(document.activeElement) ? document.activeElement.id : "";
  return { checked, chosen, focused };
}

function restoreChoices(section, kept) {
  for (const box of section.querySelectorAll("input[type=checkbox]")) box.checked = kept.checked.has(box.name + "=" + box.value);
  for (const menu of section.querySelectorAll("select[id]")) {
    if (kept.chosen.has(menu.id)) menu.value = kept.chosen.get(menu.id);
  }
  const focused = kept.focused ? document.getElementById(kept.focused) : null;
  if (focused) focused.focus();
}

// Upload forms (data-upload): sent with XMLHttpRequest so a <progress> shows how much of the file
// has gone; the answer (the page the post leads to, or an error page) then replaces the main
// content and the notices, as the plain form post would have shown them.
function enableUploadProgress() {
  for (const form of document.querySelectorAll("form[data-upload]")) {
    form.addEventListener("submit", (event) => {
      const file = form.querySelector("input[type=file]");
      const box = form.querySelector(".upload-progress");
      const bar = box ? box.querySelector("progress") : null;
      const status = box ? box.querySelector("[role=status]") : null;
      if (!file || !bar || !status) return;
      event.preventDefault();
      box.hidden = false;
      const chosen = file.files && file.files[0];
      const limit = Number(form.dataset.maxBytes) || 0;
      if (chosen && limit > 0 && chosen.size > limit) {
        status.textContent = form.dataset.tooLarge;
        return;
      }
      const button = form.querySelector("button[type=submit]");
      if (button) button.disabled = true;
      const request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", (progress) => {
        if (!progress.lengthComputable || progress.total === 0) return;
        bar.value = Math.round((progress.loaded / progress.total) * 100);
        status.textContent = bar.value + " %";
      });
      request.upload.addEventListener("load", () => {
        bar.removeAttribute("value");
        status.textContent = form.dataset.storing;
      });
      request.addEventListener("load", () => showAnswer(request));
      request.addEventListener("error", () => {
        status.textContent = form.dataset.failed;
        if (button) button.disabled = false;
      });
      request.send(new FormData(form));
    });
  }
}

function showAnswer(request) {
  const page = new DOMParser().parseFromString(request.responseText, "text/html");
  for (const selector of ["main", ".notices"]) {
    const fresh = page.querySelector(selector);
    const current = document.querySelector(selector);
    if (fresh && current) current.innerHTML = fresh.innerHTML;
  }
  if (page.title) document.title = page.title;
  if (request.responseURL) history.replaceState(null, "", request.responseURL);
  enableCopyButtons();
  enableUploadProgress();
}

// A form marked data-autosubmit (the single sign-on page that posts Keystone's token again, from
// this site) is sent at once; its button is there for a browser without scripts.
function submitAutomaticForms() {
  document.querySelectorAll("form[data-autosubmit]").forEach((form) => form.submit());
}

document.addEventListener("DOMContentLoaded", () => {
  submitAutomaticForms();
  enableCopyButtons();
  enableLiveSections();
  enableUploadProgress();
});

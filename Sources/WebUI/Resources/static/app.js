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
        if (fresh && fresh.innerHTML !== section.innerHTML) section.innerHTML = fresh.innerHTML;
      }
    } catch {
      // Offline for a moment: try again at the next tick.
    }
  };
  tick();
  setInterval(tick, seconds * 1000);
}

document.addEventListener("DOMContentLoaded", () => {
  enableCopyButtons();
  enableLiveSections();
});

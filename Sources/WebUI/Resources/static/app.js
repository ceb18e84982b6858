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

// Live sections: a section with data-refresh="N" and an id is re-fetched every N seconds and
// swapped in place; its aria-live region tells screen readers about the change.
function enableLiveSections() {
  for (const section of document.querySelectorAll("[data-refresh][id]")) {
    const seconds = Math.max(5, Number(section.dataset.refresh) || 10);
    section.setAttribute("aria-live", "polite");
    setInterval(async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(window.location.href, { credentials: "same-origin" });
        if (!response.ok) return;
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const fresh = page.getElementById(section.id);
        if (fresh && fresh.innerHTML !== section.innerHTML) section.innerHTML = fresh.innerHTML;
      } catch {
        // Offline for a moment: try again at the next tick.
      }
    }, seconds * 1000);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  enableCopyButtons();
  enableLiveSections();
});

/**
 * <zg-reading-prefs>: the 阅读设置 toggle and its buttons. Applies a choice at
 * once (attributes on <html>, see src/lib/reading/preferences.ts), remembers it in
 * localStorage for the next page, and follows changes made in other tabs.
 * Storage may be unavailable (private mode, policy): the choice then lasts
 * for this page only, and nothing else breaks.
 */
import {
  parsePreferences,
  preferenceAttributes,
  serializePreferences,
  STORAGE_KEY,
  type Preferences,
} from "../../lib/reading/preferences.ts";

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(prefs: Preferences): void {
  try {
    const value = serializePreferences(prefs);
    if (value) localStorage.setItem(STORAGE_KEY, value);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not persisted; the page still shows the choice.
  }
}

function apply(prefs: Preferences): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(preferenceAttributes(prefs))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

class ReadingPreferences extends HTMLElement {
  #prefs = parsePreferences(readStored());

  connectedCallback() {
    const toggle = this.querySelector<HTMLButtonElement>(".prefs-toggle");
    const panel = this.querySelector<HTMLElement>(".prefs-panel");
    if (!toggle || !panel) return;
    const setOpen = (open: boolean) => {
      panel.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
    };
    toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
    this.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !panel.hidden) {
        setOpen(false);
        toggle.focus();
      }
    });
    panel.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-pref]");
      if (!button) return;
      const key = button.dataset["pref"] as keyof Preferences;
      // 高对比度 is a single on/off button; the others pick one of several values.
      const value = key === "contrast" ? (this.#prefs.contrast === "high" ? "normal" : "high") : button.value;
      this.#prefs = parsePreferences(JSON.stringify({ ...this.#prefs, [key]: value }));
      store(this.#prefs);
      this.#show();
    });
    window.addEventListener("storage", (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      this.#prefs = parsePreferences(event.newValue);
      this.#show();
    });
    this.#show();
    this.hidden = false;
  }

  #show() {
    apply(this.#prefs);
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-pref]")) {
      const key = button.dataset["pref"] as keyof Preferences;
      button.setAttribute("aria-pressed", String(this.#prefs[key] === button.value));
    }
  }
}

customElements.define("zg-reading-prefs", ReadingPreferences);

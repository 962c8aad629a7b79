/**
 * <zg-reading-prefs>: the 长者模式 button, the 阅读设置 toggle and the panel's
 * buttons. Applies a choice at
 * once (attributes on <html>, see src/lib/reading/preferences.ts), remembers it in
 * localStorage for the next page, and follows changes made in other tabs.
 * Storage may be unavailable (private mode, policy): the choice then lasts
 * for this page only, and nothing else breaks.
 */
import {
  isElderMode,
  parsePreferences,
  preferenceAttributes,
  serializePreferences,
  STORAGE_KEY,
  SWITCHES,
  toggleElderMode,
  toggleSwitch,
  withPreference,
  type Preferences,
  type SwitchKey,
} from "../../lib/reading/preferences.ts";

const isSwitch = (key: string): key is SwitchKey => SWITCHES.some((s) => s.key === key);

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
    this.querySelector(".elder-toggle")?.addEventListener("click", () => this.#change(toggleElderMode));
    panel.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-pref]");
      if (!button) return;
      const key = button.dataset["pref"] as keyof Preferences;
      // 高对比度, 段落加宽 and 大鼠标 are on/off buttons; the others pick one of several values.
      this.#change((prefs) =>
        isSwitch(key) ? toggleSwitch(prefs, key) : withPreference(prefs, key, button.value),
      );
    });
    window.addEventListener("storage", (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      this.#prefs = parsePreferences(event.newValue);
      this.#show();
    });
    this.#show();
    this.hidden = false;
  }

  #change(update: (prefs: Preferences) => Preferences) {
    this.#prefs = update(this.#prefs);
    store(this.#prefs);
    this.#show();
  }

  #show() {
    apply(this.#prefs);
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-pref]")) {
      const key = button.dataset["pref"] as keyof Preferences;
      button.setAttribute("aria-pressed", String(this.#prefs[key] === button.value));
    }
    this.querySelector(".elder-toggle")?.setAttribute("aria-pressed", String(isElderMode(this.#prefs)));
  }
}

customElements.define("zg-reading-prefs", ReadingPreferences);

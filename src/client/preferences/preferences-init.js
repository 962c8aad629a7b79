/*
 * Reading preferences, applied before first paint (a blocking classic script
 * in <head>, so the page never flashes in the wrong size, spacing or colours).
 * Mirrors src/lib/reading/preferences.ts by hand: no modules, no build step, ES5 only.
 * tests/client/preferences-init.test.ts checks that both give the same result.
 */
(function () {
  var root = document.documentElement;
  // Each stored field, its allowed values with the default first; the attribute is data-<field>.
  var allowed = {
    font: ["standard", "large", "xlarge", "xxlarge"],
    contrast: ["normal", "high"],
    spacing: ["normal", "wide"],
    cursor: ["normal", "large"],
    theme: ["system", "light", "dark"],
  };
  var data;
  try {
    var raw = window.localStorage.getItem("zugong-reading-preferences");
    data = raw ? JSON.parse(raw) : undefined;
  } catch (e) {
    // Storage disabled (private mode, policy) or a malformed value: use the defaults.
    data = undefined;
  }
  if (!data || typeof data !== "object") data = {};
  for (var key in allowed) {
    var values = allowed[key];
    var value = values.indexOf(data[key]) >= 0 ? data[key] : values[0];
    if (value === values[0]) root.removeAttribute("data-" + key);
    else root.setAttribute("data-" + key, value);
  }
  // The controls are a module script: only show them where modules run.
  if ("noModule" in document.createElement("script")) root.setAttribute("data-js", "");
  // 语音朗读 (ReadAloud.astro) is shown only where the browser can speak.
  if ("speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function")
    root.setAttribute("data-speech", "");
})();

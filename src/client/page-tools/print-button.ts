for (const button of document.querySelectorAll<HTMLButtonElement>("[data-print-button]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

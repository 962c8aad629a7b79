/**
 * Each 第N条 number is a link to its own article (remark-regulation). Following
 * it moves the address to that article; this also copies the address, so a
 * reader can paste a deep link into a message or a meeting note at once.
 * Without JavaScript the link still works and can be copied from the menu.
 */
const linkStatus = document.querySelector<HTMLElement>("[data-article-link-status]");

document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a.article-no");
  if (!link || !linkStatus || !navigator.clipboard || !window.isSecureContext) return;
  navigator.clipboard.writeText(link.href).then(
    () => (linkStatus.textContent = `已复制${link.textContent ?? "本条"}的链接`),
    () => undefined,
  );
});

/** A minimal static file server for a built site under a base path, like any plain web server. */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".wasm": "application/wasm",
};

/** The file a same-site URL path resolves to under `dist`, or undefined. */
export function fileFor(dist: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  const candidates = rest === "" || rest.endsWith("/") ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  for (const candidate of candidates) {
    const full = path.join(dist, candidate);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(
  dist: string,
  base: string,
  options: { headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = fileFor(dist, base, url.pathname);
    // A directory without its trailing slash redirects, as nginx and Apache do.
    if (
      file?.endsWith(`${path.sep}index.html`) &&
      !url.pathname.endsWith("/") &&
      !url.pathname.endsWith(".html")
    ) {
      response.writeHead(301, { Location: `${url.pathname}/` }).end();
      return;
    }
    const target = file ?? path.join(dist, "404.html");
    if (!existsSync(target) || !statSync(target).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(file ? 200 : 404, {
      ...options.headers,
      "Content-Type": TYPES[path.extname(target)] ?? "application/octet-stream",
    });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

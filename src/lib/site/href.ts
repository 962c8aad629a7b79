/** Site-relative links with the build's base path (import.meta.env.BASE_URL). */
import { withBase } from "./routes.ts";

export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the program Node was started with (`node file`, `tsx file`).
 * Compared as real paths: a file URL escapes spaces, `%` and `#`, and Node gives the main module its
 * real path when it was started through a symlink.
 */
export function isEntryPoint(moduleUrl: string, startedWith: string | undefined = process.argv[1]): boolean {
  if (!startedWith) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(path.resolve(startedWith));
  } catch {
    return false; // a file that does not exist is not this module
  }
}

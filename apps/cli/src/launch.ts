/**
 * The `egoi` binary: it loads the CLI (`dist/cli.js` and the `dist/chunks/` it requires) with a V8
 * code cache, so a start after the first does not compile the JavaScript it runs again.
 *
 * Most of what one operation costs at start is compiling Effect's runtime and the endpoint
 * machinery; Node 20 keeps no compile cache, and Node 22.1 and later keep one that this file turns on
 * (`module.enableCompileCache`) before loading the CLI as any CommonJS program. On Node 20 the CLI's
 * files are read and compiled here, as `node:vm` scripts given the cached data of the last run, and
 * the cache is written when the process exits for files that had none (or a stale one). It holds the
 * code V8 compiled while the program ran, lazily compiled functions included, which a cache taken
 * before running (as `v8-compile-cache` takes it) leaves out.
 *
 * The cache lives in the user's cache directory (`$XDG_CACHE_HOME/egoi`, `~/.cache/egoi`,
 * `~/Library/Caches/egoi` on macOS, `%LOCALAPPDATA%\egoi\cache` on Windows), a folder per V8 version
 * and architecture, each file named by the SHA-256 of the code it was made from, which the build
 * records: a file of another build never matches. V8 refuses data it cannot use (another V8, other
 * flags, a damaged file) and compiles as usual. Nothing in it is a secret: it is the CLI's code.
 * `NODE_DISABLE_COMPILE_CACHE=1` (Node's own switch) turns it off; a folder that cannot be written
 * only means no cache.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import * as NodeModule from "node:module"
import { homedir } from "node:os"
import { dirname, join, sep } from "node:path"
import { Script } from "node:vm"

/** Each file of the CLI, relative to `dist/` with `/` separators, and the SHA-256 of its contents (128 bits in hex). */
declare const __EGOI_CLI_FILES__: Readonly<Record<string, string>>

/** Stale cache files (another build's) are removed once older than this. */
const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000

const distDir = __dirname
const main = join(distDir, "cli.js")
const nodeRequire = NodeModule.createRequire(main)

/** The user's cache folder for this V8 and architecture. */
const cacheDirOf = (env: NodeJS.ProcessEnv): string => {
  const version = `v8-${process.versions.v8}-${process.arch}`
  if (process.platform === "win32" && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, "egoi", "cache", version)
  const home = env.HOME || homedir()
  const base =
    env.XDG_CACHE_HOME || (process.platform === "darwin" ? join(home, "Library", "Caches") : join(home, ".cache"))
  return join(base, "egoi", version)
}

/** The cached data to write when the process exits: each script compiled without usable data. */
const pending: Array<{ readonly script: Script; readonly file: string }> = []

const writeCache = (cacheDir: string): void => {
  if (pending.length === 0) return
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 })
    // Renamed into place, so another egoi starting meanwhile reads a whole file or none.
    for (const { script, file } of pending) {
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 })
      renameSync(temporary, file)
    }
    const current = new Set(Object.values(__EGOI_CLI_FILES__).map((hash) => `${hash}.bin`))
    for (const name of readdirSync(cacheDir)) {
      const path = join(cacheDir, name)
      if (!current.has(name) && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true })
    }
  } catch {
    // A cache is an optimisation: a read-only or full disk costs the next start its speed, nothing else.
  }
}

/** The CLI's files, each loaded once, as CommonJS modules. */
const loaded = new Map<string, { exports: unknown }>()

const load = (file: string, cacheDir: string): unknown => {
  const known = loaded.get(file)
  if (known !== undefined) return known.exports
  const module = { exports: {} as unknown }
  loaded.set(file, module)
  // The build writes ASCII only, which latin1 reads without decoding UTF-8.
  const source = readFileSync(file, "latin1")
  const hash = __EGOI_CLI_FILES__[file.slice(distDir.length + 1).replaceAll(sep, "/")]
  const cacheFile = hash === undefined ? undefined : join(cacheDir, `${hash}.bin`)
  let cachedData: Buffer | undefined
  try {
    cachedData = cacheFile === undefined ? undefined : readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData })
  })
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    pending.push({ script, file: cacheFile })
  }
  const directory = dirname(file)
  // The CLI's own files come through here (`./chunks/…` from cli.js, `./…` between chunks); Node's
  // modules through Node.
  const requireOf = (specifier: string): unknown =>
    specifier.startsWith("./")
      ? load(directory + sep + specifier.slice(2).replaceAll("/", sep), cacheDir)
      : nodeRequire(specifier)
  script.runInThisContext()(module.exports, requireOf, module, file, directory)
  return module.exports
}

const enableNodeCache = (NodeModule as { enableCompileCache?: () => unknown }).enableCompileCache
if (process.env.NODE_DISABLE_COMPILE_CACHE) {
  require(main)
} else if (typeof enableNodeCache === "function") {
  enableNodeCache()
  require(main)
} else {
  const cacheDir = cacheDirOf(process.env)
  process.once("exit", () => writeCache(cacheDir))
  load(main, cacheDir)
}

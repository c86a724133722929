/**
 * Fault injection: make chosen routes answer an error status, answer late, or drop the connection;
 * always, a number of times, at a seeded rate, or as a sequence.
 *
 * From code: `mock.faults.add({ route: "GET /lists", status: 503, times: 1 })`. From any HTTP client,
 * in the manner of Prism: a request header `Prefer: code=503`, `Prefer: delay=2000` or `Prefer: drop`.
 *
 * @since 0.1.0
 */
import { EgoiError } from "@egoi-ts/core"
import * as Routes from "./internal/routes.js"

/**
 * What happens to a request a fault applies to. `latency` is waited first; then `drop` closes the
 * connection without an answer, or `status` answers E-goi's error body for that status (with
 * `headers` added); with neither, the request proceeds normally after the wait.
 *
 * @since 0.1.0
 * @category models
 */
export interface Fault {
  readonly status?: number | undefined
  readonly latency?: number | undefined
  readonly drop?: boolean | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
}

/**
 * A fault and the requests it applies to.
 *
 * @since 0.1.0
 * @category models
 */
export interface FaultRule extends Fault {
  /**
   * `"METHOD /path"` or `"/path"`, where a `:name` or `*` segment matches any one segment
   * (`"GET /lists/:list_id"`); every route when not given.
   */
  readonly route?: string | undefined
  /** How many matching requests it applies to; then it is removed. Unlimited when not given. */
  readonly times?: number | undefined
  /** The share of matching requests it applies to, 0 to 1, drawn from the mock's seed. */
  readonly rate?: number | undefined
}

/**
 * A step of a sequence: a fault, or `"pass"` for a normal answer.
 *
 * @since 0.1.0
 * @category models
 */
export type Step = Fault | "pass"

/**
 * A rule that was added, to remove it early.
 *
 * @since 0.1.0
 * @category models
 */
export interface Handle {
  readonly remove: () => void
}

interface ActiveRule {
  readonly matches: (method: string, path: string) => boolean
  /** The rule's fault for this request, or `undefined` when it passes this time (a missed draw, a `"pass"` step). */
  readonly next: () => Fault | undefined
  readonly exhausted: () => boolean
}

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])

/** A rule's route as a matcher, refused (thrown) when it names no operation of the definition. */
const compileRoute = (route: string | undefined): ((method: string, path: string) => boolean) => {
  if (route === undefined || route.trim() === "*") return () => true
  const [first, second, extra] = route.trim().split(/\s+/)
  const method = second === undefined ? undefined : first!.toUpperCase()
  const template = second ?? first!
  if (extra !== undefined || (method !== undefined && !METHODS.has(method)) || !template.startsWith("/")) {
    throw new Error(`Fault route ${JSON.stringify(route)} is not "METHOD /path" or "/path"`)
  }
  if (!Routes.isKnownRoute(method, template)) {
    throw new Error(
      `Fault route ${JSON.stringify(route)} matches no operation of the API; routes are written as the ` +
        `definition's paths, with :name or * for a segment ("GET /lists/:list_id")`
    )
  }
  const pattern = new RegExp(
    `^${template
      .split("/")
      .map((segment) =>
        segment.startsWith(":") || segment === "*" ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      )
      .join("/")}/?$`
  )
  return (requestMethod, path) => (method === undefined || method === requestMethod) && pattern.test(path)
}

const checkFault = (fault: Fault, where: string): void => {
  const { status, latency } = fault
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new Error(`${where}: status ${status} is not an error status (400 to 599)`)
  }
  if (latency !== undefined && !(Number.isFinite(latency) && latency >= 0)) {
    throw new Error(`${where}: latency ${latency} is not a number of milliseconds`)
  }
}

/**
 * The fault rules of one mock.
 *
 * Rules are consulted in the order they were added, each matching rule on its own: a rule with a
 * `rate` makes its own draw from the seed (a missed draw leaves it unused and not counted against
 * `times`), a sequence takes its next step. The `latency` of every rule that applies adds up; the
 * first rule that applies with `drop` or `status` ends the request, and the rules after it are not
 * consulted. So a 20% `503` rule followed by a 20% `drop` rule answers 503 to 20% of requests and
 * drops 16% (20% of the other 80%).
 *
 * @since 0.1.0
 * @category models
 */
export class Faults {
  private rules: Array<ActiveRule> = []

  /** @internal */
  constructor(private readonly random: () => number) {}

  /**
   * Applies a fault to matching requests. Throws when the route matches no operation of the API,
   * or the rule is not one the mock can apply (a status outside 400 to 599, a rate outside 0 to 1).
   *
   * @since 0.1.0
   */
  add(rule: FaultRule): Handle {
    const matches = compileRoute(rule.route)
    checkFault(rule, `Fault rule for ${rule.route ?? "every route"}`)
    if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) {
      throw new Error(`Fault rule for ${rule.route ?? "every route"}: rate ${rule.rate} is not from 0 to 1`)
    }
    if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 1)) {
      throw new Error(`Fault rule for ${rule.route ?? "every route"}: times ${rule.times} is not a whole number from 1`)
    }
    let used = 0
    const fault: Fault = { status: rule.status, latency: rule.latency, drop: rule.drop, headers: rule.headers }
    return this.push({
      matches,
      next: () => {
        if (rule.rate !== undefined && this.random() >= rule.rate) return undefined
        used++
        return fault
      },
      exhausted: () => rule.times !== undefined && used >= rule.times
    })
  }

  /**
   * Answers successive matching requests with successive steps; after the last step the rule is
   * removed. Throws, as {@link add} does, for a route that matches no operation or an invalid step.
   *
   * @since 0.1.0
   */
  sequence(route: string | undefined, steps: ReadonlyArray<Step>): Handle {
    const matches = compileRoute(route)
    steps.forEach((step, index) => {
      if (step !== "pass") checkFault(step, `Fault sequence for ${route ?? "every route"}, step ${index + 1}`)
    })
    let index = 0
    return this.push({
      matches,
      next: () => {
        const step = steps[index++]
        return step === undefined || step === "pass" ? undefined : step
      },
      exhausted: () => index >= steps.length
    })
  }

  /**
   * Removes every rule.
   *
   * @since 0.1.0
   */
  clear(): void {
    this.rules = []
  }

  /** The fault for a request, composed from the rules that apply, in order (see {@link Faults}). @internal */
  take(method: string, path: string): Fault | undefined {
    let latency = 0
    let applied = false
    let ending: Fault | undefined
    for (const rule of [...this.rules]) {
      if (!rule.matches(method, path)) continue
      const fault = rule.next()
      if (rule.exhausted()) this.rules = this.rules.filter((other) => other !== rule)
      if (fault === undefined) continue
      applied = true
      latency += fault.latency ?? 0
      if (fault.drop || fault.status !== undefined) {
        ending = fault
        break
      }
    }
    if (!applied) return undefined
    return { ...ending, latency }
  }

  private push(rule: ActiveRule): Handle {
    this.rules.push(rule)
    return { remove: () => void (this.rules = this.rules.filter((other) => other !== rule)) }
  }
}

/**
 * The statuses a `Prefer: code=<status>` header may ask for: those E-goi documents.
 *
 * @since 0.2.0
 * @category constants
 */
export const PREFER_CODES: ReadonlyArray<number> = EgoiError.API_ERRORS.map((ErrorClass) => ErrorClass.status)

/**
 * The longest `Prefer: delay=<milliseconds>` taken: 60 seconds, E-goi's longest server time.
 *
 * @since 0.2.0
 * @category constants
 */
export const MAX_PREFER_DELAY = 60_000

/**
 * What a `Prefer` header asks for: nothing, a fault, or something the mock does not take (with the
 * reason, naming the values it takes).
 *
 * @since 0.2.0
 * @category models
 */
export type PreferRequest =
  | { readonly _tag: "None" }
  | { readonly _tag: "Fault"; readonly fault: Fault }
  | { readonly _tag: "Invalid"; readonly detail: string }

const ALLOWED = `code=<${PREFER_CODES.join("|")}>, delay=<0..${MAX_PREFER_DELAY}> (milliseconds), drop`

/**
 * Reads a `Prefer` header: `code=503`, `delay=2000` (milliseconds), `drop`, separated by commas
 * or semicolons. Any other token, or a value out of range, makes the whole header `Invalid`.
 *
 * @since 0.2.0
 * @category parsing
 */
export const parsePreferHeader = (value: string | null | undefined): PreferRequest => {
  if (value === null || value === undefined || value.trim() === "") return { _tag: "None" }
  let status: number | undefined
  let latency: number | undefined
  let drop = false
  for (const part of value.split(/[,;]/)) {
    if (part.trim() === "") continue
    const [rawKey, rawValue] = part.split("=", 2).map((text) => text.trim())
    const key = rawKey!.toLowerCase()
    const number = /^\d+$/.test(rawValue ?? "") ? Number(rawValue) : Number.NaN
    if (key === "code" && PREFER_CODES.includes(number)) status = number
    else if (key === "delay" && number <= MAX_PREFER_DELAY) latency = number
    else if (key === "drop" && rawValue === undefined) drop = true
    else {
      const shown = part.trim().slice(0, 60)
      return { _tag: "Invalid", detail: `Prefer: ${JSON.stringify(shown)} is not taken; the mock takes ${ALLOWED}` }
    }
  }
  return { _tag: "Fault", fault: { status, latency, drop } }
}

/**
 * Reads a `Prefer` header into a fault: `undefined` when it asks for none, or for something the
 * mock does not take (see {@link parsePreferHeader}, which says why).
 *
 * @since 0.1.0
 * @category parsing
 */
export const fromPreferHeader = (value: string | null | undefined): Fault | undefined => {
  const request = parsePreferHeader(value)
  return request._tag === "Fault" ? request.fault : undefined
}

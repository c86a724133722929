/**
 * Fault injection: make chosen routes answer an error status, answer late, or drop the connection;
 * always, a number of times, at a seeded rate, or as a sequence.
 *
 * From code: `mock.faults.add({ route: "GET /lists", status: 503, times: 1 })`. From any HTTP client,
 * in the manner of Prism: a request header `Prefer: code=503`, `Prefer: delay=2000` or `Prefer: drop`.
 *
 * @since 0.1.0
 */

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
  readonly next: () => Fault | undefined
  readonly exhausted: () => boolean
}

const compileRoute = (route: string | undefined): ((method: string, path: string) => boolean) => {
  if (route === undefined || route === "*") return () => true
  const [first, second] = route.trim().split(/\s+/, 2)
  const method = second === undefined ? undefined : first!.toUpperCase()
  const template = second ?? first!
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

/**
 * The fault rules of one mock.
 *
 * @since 0.1.0
 * @category models
 */
export class Faults {
  private rules: Array<ActiveRule> = []

  /** @internal */
  constructor(private readonly random: () => number) {}

  /**
   * Applies a fault to matching requests.
   *
   * @since 0.1.0
   */
  add(rule: FaultRule): Handle {
    let used = 0
    const fault: Fault = rule
    const active: ActiveRule = {
      matches: compileRoute(rule.route),
      next: () => {
        if (rule.rate !== undefined && this.random() >= rule.rate) return undefined
        used++
        return fault
      },
      exhausted: () => rule.times !== undefined && used >= rule.times
    }
    return this.push(active)
  }

  /**
   * Answers successive matching requests with successive steps; after the last step the rule is removed.
   *
   * @since 0.1.0
   */
  sequence(route: string | undefined, steps: ReadonlyArray<Step>): Handle {
    let index = 0
    const active: ActiveRule = {
      matches: compileRoute(route),
      next: () => {
        const step = steps[index++]
        return step === undefined || step === "pass" ? undefined : step
      },
      exhausted: () => index >= steps.length
    }
    return this.push(active)
  }

  /**
   * Removes every rule.
   *
   * @since 0.1.0
   */
  clear(): void {
    this.rules = []
  }

  /** The fault for a request, if a rule applies; the first matching rule wins. @internal */
  take(method: string, path: string): Fault | undefined {
    for (const rule of this.rules) {
      if (!rule.matches(method, path)) continue
      const fault = rule.next()
      if (rule.exhausted()) this.rules = this.rules.filter((other) => other !== rule)
      return fault
    }
    return undefined
  }

  private push(rule: ActiveRule): Handle {
    this.rules.push(rule)
    return { remove: () => void (this.rules = this.rules.filter((other) => other !== rule)) }
  }
}

/**
 * Reads a `Prefer` header: `code=503`, `delay=2000` (milliseconds), `drop`, comma-separated.
 *
 * @since 0.1.0
 * @category parsing
 */
export const fromPreferHeader = (value: string | null | undefined): Fault | undefined => {
  if (!value) return undefined
  let status: number | undefined
  let latency: number | undefined
  let drop = false
  for (const part of value.split(/[,;]/)) {
    const [rawKey, rawValue] = part.split("=", 2).map((text) => text.trim())
    const key = rawKey?.toLowerCase()
    const number = Number(rawValue)
    if (key === "code" && Number.isInteger(number)) status = number
    else if ((key === "delay" || key === "latency") && Number.isFinite(number)) latency = number
    else if (key === "drop") drop = rawValue === undefined || rawValue === "true"
  }
  if (status === undefined && latency === undefined && !drop) return undefined
  return { status, latency, drop }
}

/**
 * Webhook posts, received. E-goi does not sign them, so a receiver is made safe by other means: a
 * secret token carried in the URL registered with `createWebhook` (`https://example.com/egoi?token=…`),
 * checked in constant time; the body validated against the payloads E-goi sends, one variant per
 * contact action; and each event given an ID from what identifies it (list, contact, action, date),
 * so a delivery made twice is recognized.
 *
 * The body of each action is the mock's reading of E-goi's documentation, which names the actions
 * but not the body: `{ list_id, contact: { contact_id, ...fields by ID }, action, date }`.
 *
 * ```ts
 * const receiver = WebhookEvent.receiver({ token: process.env.EGOI_WEBHOOK_TOKEN! })
 * const received = receiver.receive(request.url, await request.text())
 * if (received._tag === "Event" && !received.duplicate) handle(received.event)
 * ```
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * The contact actions whose webhook posts are typed here.
 *
 * @since 0.1.0
 * @category constants
 */
export const CONTACT_ACTIONS = [
  "subscription",
  "edit_subscription",
  "unsubscribe",
  "resubscription",
  "forget_subscription",
  "change_consent"
] as const

/**
 * The contact a post is about: its ID, and the values of the fields the webhook was registered with,
 * by field ID (`email`, `first_name`, `3`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const EventContact = Schema.Struct(
  { contact_id: Schema.String.pipe(Schema.minLength(1)) },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "WebhookEventContact" })

const variant = <const Action extends (typeof CONTACT_ACTIONS)[number]>(action: Action) =>
  Schema.Struct({
    action: Schema.Literal(action),
    list_id: Schema.Int.pipe(Schema.positive()),
    date: Schema.String,
    contact: EventContact
  }).annotations({ identifier: `WebhookEvent.${action}` })

/**
 * A webhook post: one variant per contact action, told apart by `action`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebhookEvent = Schema.Union(
  variant("subscription"),
  variant("edit_subscription"),
  variant("unsubscribe"),
  variant("resubscription"),
  variant("forget_subscription"),
  variant("change_consent")
).annotations({ identifier: "WebhookEvent" })

/**
 * @since 0.1.0
 * @category models
 */
export type WebhookEvent = typeof WebhookEvent.Type

const decodeEvent = Schema.decodeUnknownEither(WebhookEvent, { errors: "all" })

/**
 * A body (text) as an event, or the reasons it is not one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const decode = (body: string): Either.Either<WebhookEvent, ReadonlyArray<string>> => {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return Either.left(["the body is not JSON"])
  }
  return Either.mapLeft(decodeEvent(json), (error) =>
    ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) =>
      issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message
    )
  )
}

/**
 * What identifies an event: a delivery made again carries the same list, contact, action and date.
 *
 * @since 0.1.0
 * @category accessors
 */
export const idOf = (event: WebhookEvent): string =>
  `${event.list_id}:${event.contact.contact_id}:${event.action}:${event.date}`

/**
 * Whether two secrets are equal, in a time that does not depend on where they differ.
 *
 * @since 0.1.0
 * @category predicates
 */
export const secretsEqual = (given: string, expected: string): boolean => {
  const a = new TextEncoder().encode(given)
  const b = new TextEncoder().encode(expected)
  let difference = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

/**
 * What a receiver made of one post: an event (with its ID, and whether it was seen before), or a
 * refusal with the status to answer (401 for a missing or wrong token, 400 for a body that is not
 * an event).
 *
 * @since 0.1.0
 * @category models
 */
export type Received =
  | { readonly _tag: "Event"; readonly event: WebhookEvent; readonly id: string; readonly duplicate: boolean }
  | { readonly _tag: "Refused"; readonly status: 400 | 401; readonly reasons: ReadonlyArray<string> }

/**
 * Options of {@link receiver}.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReceiverOptions {
  /** The secret the registered URL carries. */
  readonly token: string
  /** The query parameter that carries it: `token`. */
  readonly tokenParameter?: string | undefined
  /** How many event IDs to remember to recognize duplicates: 10,000. */
  readonly remember?: number | undefined
}

/**
 * A receiver of webhook posts.
 *
 * @since 0.1.0
 * @category models
 */
export interface Receiver {
  /** Checks the token of the URL the post was made to, decodes its body, and tells a duplicate. */
  readonly receive: (url: string, body: string) => Received
}

/**
 * A receiver checking `token`, remembering the IDs of the last `remember` events it accepted.
 *
 * @since 0.1.0
 * @category constructors
 */
export const receiver = (options: ReceiverOptions): Receiver => {
  if (options.token.length < 16) throw new Error("A webhook token needs at least 16 characters")
  const parameter = options.tokenParameter ?? "token"
  const remember = options.remember ?? 10_000
  // Insertion-ordered: the oldest ID is forgotten first.
  const seen = new Set<string>()
  return {
    receive: (url, body) => {
      let given: string | null
      try {
        given = new URL(url, "http://receiver.invalid").searchParams.get(parameter)
      } catch {
        given = null
      }
      if (given === null || !secretsEqual(given, options.token)) {
        return { _tag: "Refused", status: 401, reasons: [`missing or wrong ${parameter}`] }
      }
      const decoded = decode(body)
      if (Either.isLeft(decoded)) return { _tag: "Refused", status: 400, reasons: decoded.left }
      const id = idOf(decoded.right)
      const duplicate = seen.has(id)
      if (!duplicate) {
        seen.add(id)
        if (seen.size > remember) seen.delete(seen.values().next().value as string)
      }
      return { _tag: "Event", event: decoded.right, id, duplicate }
    }
  }
}

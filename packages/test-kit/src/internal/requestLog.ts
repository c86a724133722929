/**
 * The mock's record of the requests it received, bounded so a mock serving for hours keeps a
 * constant footprint: at most `maxEntries` entries and `maxBytes` of bodies and headers (the oldest
 * go first), each body cut to `maxBodyBytes`.
 *
 * @internal
 */

/** How much of the traffic the log keeps. */
export interface LogBounds {
  /** The most entries kept; the oldest go first. */
  readonly maxEntries: number
  /** The most bytes of bodies and headers kept, over all entries; the oldest go first. */
  readonly maxBytes: number
  /** The bytes of one body kept; the rest is cut and the entry marked `bodyTruncated`. */
  readonly maxBodyBytes: number
}

export const DEFAULT_BOUNDS: LogBounds = { maxEntries: 1_000, maxBytes: 8_000_000, maxBodyBytes: 65_536 }

/** One request as the log keeps it. */
export interface Entry {
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  readonly bodyBytes: number
  readonly bodyTruncated: boolean
  readonly status: number | "dropped" | "aborted"
  readonly at: number
}

const decoder = new TextDecoder()

/** A body's text as the log keeps it: at most `limit` bytes, never a broken character at the cut. */
export const bodyText = (body: Uint8Array, limit: number): { readonly text: string; readonly truncated: boolean } => {
  if (body.byteLength <= limit) return { text: decoder.decode(body), truncated: false }
  // A cut inside a UTF-8 sequence would decode as a replacement character: back up to its start.
  let end = limit
  while (end > 0 && (body[end]! & 0xc0) === 0x80) end--
  return { text: decoder.decode(body.subarray(0, end)), truncated: true }
}

const sizeOf = (entry: Entry): number => {
  let size = entry.body.length + entry.path.length + 64
  for (const name in entry.headers) size += name.length + entry.headers[name]!.length
  for (const name in entry.query) size += name.length + entry.query[name]!.length
  return size
}

/** A ring of entries: appends are constant time, and `entries()` copies them out oldest first. */
export class RequestLog {
  private ring: Array<{ readonly entry: Entry; readonly size: number } | undefined>
  private head = 0
  private count = 0
  private bytes = 0

  constructor(readonly bounds: LogBounds) {
    this.ring = new Array(Math.max(0, bounds.maxEntries))
  }

  add(entry: Entry): void {
    if (this.ring.length === 0) return
    const size = sizeOf(entry)
    if (size > this.bounds.maxBytes) return
    if (this.count === this.ring.length) this.dropOldest()
    while (this.count > 0 && this.bytes + size > this.bounds.maxBytes) this.dropOldest()
    this.ring[(this.head + this.count) % this.ring.length] = { entry, size }
    this.count++
    this.bytes += size
  }

  entries(): Array<Entry> {
    const out: Array<Entry> = new Array(this.count)
    for (let i = 0; i < this.count; i++) out[i] = this.ring[(this.head + i) % this.ring.length]!.entry
    return out
  }

  clear(): void {
    this.ring = new Array(this.ring.length)
    this.head = 0
    this.count = 0
    this.bytes = 0
  }

  private dropOldest(): void {
    const oldest = this.ring[this.head]!
    this.ring[this.head] = undefined
    this.head = (this.head + 1) % this.ring.length
    this.count--
    this.bytes -= oldest.size
  }
}

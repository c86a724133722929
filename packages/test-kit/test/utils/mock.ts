/**
 * What the test-kit's own tests share: the account behind a mock, hand-made contacts, calls through a
 * mock's `fetch`, and a local HTTP receiver for webhooks and callbacks.
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import * as EgoiMock from "../../src/EgoiMock.js"
import type { StoredContact, StoredContactBase } from "../../src/internal/contactModel.js"
import type { MockState } from "../../src/internal/state.js"

/** The account behind a mock: the test-only path EgoiMock leaves for the test-kit's own tests. */
export const stateOf = (mock: EgoiMock.EgoiMock) =>
  (mock as unknown as Record<symbol, MockState>)[Symbol.for("@egoi-ts/test-kit/state")]!

/** A contact as the mock stores it, active and subscribed through the API unless told otherwise. */
export const storedContact = ({
  base,
  ...fields
}: Partial<Omit<StoredContact, "base">> & { readonly base?: Partial<StoredContactBase> } = {}): StoredContact => {
  const contactId = fields.contact_id ?? "8f3a27ef26"
  return {
    list_id: 1,
    extra: [],
    tags: [],
    ...fields,
    contact_id: contactId,
    base: {
      contact_id: contactId,
      status: "active",
      consent: "any",
      consent_date: "2024-01-01 00:00:00",
      subscription_method: "api",
      subscription_date: "2024-01-01 00:00:00",
      subscription_form: 0,
      unsubscription_method: "",
      unsubscription_reason: "",
      unsubscription_observation: "",
      unsubscription_date: "0000-00-00 00:00:00",
      change_date: "0000-00-00 00:00:00",
      ...base
    }
  }
}

/** Calls a mock's routes with an API key; `mock` is read at each call, so it may be replaced between tests. */
export const caller =
  (mock: () => EgoiMock.EgoiMock, apiKey: string) =>
  async (method: string, path: string, body?: unknown): Promise<{ readonly status: number; readonly body: any }> => {
    const response = await mock().fetch(`${EgoiMock.IN_PROCESS_URL}${path}`, {
      method,
      headers: { Apikey: apiKey, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    return { status: response.status, body: response.status === 204 ? undefined : await response.json() }
  }

/** One POST a receiver got. */
export interface Received {
  readonly method: string
  readonly path: string
  readonly contentType: string | undefined
  readonly body: any
}

/** A JSON receiver on a loopback port that records what is POSTed to it; `status` picks the answer per path. */
export const startReceiver = async (status: (path: string) => number = () => 200) => {
  const received: Array<Received> = []
  const server = createServer((request, response) => {
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => {
      body += chunk
    })
    request.on("end", () => {
      received.push({
        method: request.method!,
        path: request.url!,
        contentType: request.headers["content-type"],
        body: JSON.parse(body)
      })
      response.writeHead(status(request.url!)).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

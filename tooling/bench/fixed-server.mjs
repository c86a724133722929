// A server that answers every request with a fixed body made once at start-up, so what is measured
// against it is the client's own cost (the mock's work per request would hide it). Run in a process
// of its own; prints its URL on the first line of stdout and stops when stdin closes.
//
//   GET /lists                   a page of one list (a small call)
//   GET /lists/:id/contacts      a page of 1,000 realistic contacts, total_items 100,000
import { createServer } from "node:http"

const list = {
  list_id: 1,
  internal_name: "Newsletter",
  public_name: "Our newsletter",
  status: "active",
  group_id: 0,
  created: "2024-03-05 14:07:09",
  updated: "2024-03-05 14:07:09"
}
const smallPage = JSON.stringify({ total_items: 1, items: [list] })

const contact = (index) => {
  const id = (0x1000000000 + index).toString(16).slice(-10)
  return {
    base: {
      contact_id: id,
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
      change_date: "2024-02-01 10:00:00",
      first_name: `First${index}`,
      last_name: `Last${index}`,
      birth_date: "1990-01-31",
      language: "en",
      email: `contact${index}@example.com`,
      email_status: "active",
      cellphone: `351-91${String(index).padStart(7, "0")}`,
      cellphone_status: "active",
      phone: "",
      phone_status: "inactive",
      push_token_android: [],
      push_token_ios: []
    },
    extra: [
      { field_id: 1, format: "text", value: index % 2 === 0 ? "gold" : "silver" },
      { field_id: 2, format: "options", value: [1, 3] },
      { field_id: 3, format: "number", value: String(index) }
    ],
    tags: [1, 2]
  }
}
const contactsPage = JSON.stringify({
  total_items: 100_000,
  items: Array.from({ length: 1000 }, (_, index) => contact(index))
})

const server = createServer((request, response) => {
  const path = request.url?.split("?")[0] ?? "/"
  const body = path === "/lists" ? smallPage : /^\/lists\/\d+\/contacts$/.test(path) ? contactsPage : undefined
  request.resume()
  if (body === undefined) {
    response.writeHead(404, { "content-type": "application/json" })
    response.end('{"title":"Not Found","status":404,"detail":"No such route"}')
    return
  }
  response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
  response.end(body)
})
server.keepAliveTimeout = 60_000
server.listen(0, "127.0.0.1", () => process.stdout.write(`http://127.0.0.1:${server.address().port}\n`))
process.stdin.on("end", () => server.close(() => process.exit(0)))
process.stdin.resume()

#!/usr/bin/env node
// What a campaign send costs the mock, against reading the same audience: an in-process mock with a
// list of N contacts and an approved email sender, then, in the same run and for several rounds,
//
//   read   every contact of the list through the SDK, a page of 1,000 at a time (the baseline)
//   send   an email campaign created, sent to the whole list and delivered (audience resolved, an
//          outcome drawn and activities recorded per contact), then its report read
//
// It reports the median of each and the ratio send / read. Both run in this process, so the figure is
// the mock's work per contact, not a network's.
//
// node tooling/bench/campaigns.mjs [--contacts 20000] [--rounds 5] [--json]
import { Egoi } from "@egoi-ts/sdk"
import { EgoiMock } from "@egoi-ts/test-kit"
import { median, numberOption } from "./measure.mjs"

const contacts = numberOption("contacts", 20_000)
const rounds = numberOption("rounds", 5)

const mock = EgoiMock.make({ rateLimit: false, accountLimit: false })
mock.seed({
  lists: [{ internal_name: "Audience" }],
  emailSenders: [{ name: "News", email: "news@example.com", status: "active" }],
  contacts: Array.from({ length: contacts }, (_, i) => ({
    list_id: 1,
    base: { email: `person${i}@example.com`, first_name: `Person ${i}` }
  }))
})
// Each round starts from this account: a send's unsubscriptions would shrink the next round's audience.
const seeded = mock.snapshot()
const egoi = new Egoi({ apiKey: "bench", baseUrl: EgoiMock.IN_PROCESS_URL, fetch: mock.fetch, rateLimit: false })

const read = async () => {
  let count = 0
  for await (const _ of egoi.contacts.getAllContacts({ list_id: 1 })) count++
  if (count !== contacts) throw new Error(`read ${count} contacts of ${contacts}`)
}

const send = async () => {
  const { campaign_hash } = await egoi.email.createEmailCampaign({
    list_id: 1,
    internal_name: "Bench",
    content: { type: "html", body: '<a href="https://example.com/a">A</a>' },
    sender_id: 1
  })
  await egoi.email.actionSendEmail({ campaign_hash, list_id: 1, segments: { type: "none" } })
  const report = await egoi.reports.getEmailReport({ campaign_hash })
  if (report.overall?.sends !== contacts) throw new Error(`sent ${report.overall?.sends} of ${contacts}`)
}

const time = async (run) => {
  const start = performance.now()
  await run()
  return performance.now() - start
}

const samples = { read: [], send: [] }
for (let round = 0; round < rounds; round++) {
  mock.restore(seeded)
  samples.read.push(await time(read))
  samples.send.push(await time(send))
}
const figures = {
  contacts,
  rounds,
  read_ms: Math.round(median(samples.read)),
  send_ms: Math.round(median(samples.send)),
  ratio: Number((median(samples.send) / median(samples.read)).toFixed(2))
}
if (process.argv.includes("--json")) console.log(JSON.stringify({ ...figures, samples }, null, 2))
else {
  console.log(`${contacts} contacts, median of ${rounds} rounds`)
  console.log(`read (SDK, pages of 1,000)  ${figures.read_ms} ms`)
  console.log(`send + deliver + report     ${figures.send_ms} ms   ${figures.ratio}× read`)
}
await egoi.close()
await mock.dispose()

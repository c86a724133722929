/**
 * The official MCP SDK's client talking to `egoi mcp` in this process: the server's stdin and
 * stdout are a pair of streams, framed as over stdio. Closing the client ends the server's stdin,
 * which ends the server.
 */
import { PassThrough } from "node:stream"
import { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { ReadBuffer, serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js"
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js"
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js"
import { runCli } from "../../src/internal/cli.js"
import { cleanEnv, Recorder } from "./egoi.js"

class StreamTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void
  onclose?: () => void
  onerror?: (error: Error) => void
  private readonly buffer = new ReadBuffer()
  constructor(
    private readonly toServer: PassThrough,
    private readonly fromServer: PassThrough
  ) {}
  async start() {
    this.fromServer.on("data", (chunk: Buffer) => {
      this.buffer.append(chunk)
      for (let message = this.buffer.readMessage(); message !== null; message = this.buffer.readMessage()) {
        this.onmessage?.(message)
      }
    })
  }
  async send(message: JSONRPCMessage) {
    this.toServer.write(serializeMessage(message))
  }
  async close() {
    this.toServer.end()
    this.onclose?.()
  }
}

/** Starts `egoi mcp <args>` in-process and connects a client to it. */
export const mcpClient = async (args: ReadonlyArray<string>, env: Record<string, string> = {}) => {
  const stdin = new PassThrough()
  const stdout = new PassThrough()
  const stderr = new Recorder()
  const exit = runCli(["mcp", ...args], { stdin, stdout, stderr, env: cleanEnv(env) })
  const client = new Client({ name: "egoi-test", version: "1.0.0" })
  await client.connect(new StreamTransport(stdin, stdout))
  return {
    client,
    stderr,
    /** Closes the client and waits for the server to end; its exit code. */
    close: async () => {
      await client.close()
      return exit
    }
  }
}

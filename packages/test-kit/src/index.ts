/**
 * @since 0.1.0
 */

/**
 * The stateful mock: in-process, as a `fetch` or an Effect layer.
 *
 * @since 0.1.0
 */
export * as EgoiMock from "./EgoiMock.js"

/**
 * Fault injection rules.
 *
 * @since 0.1.0
 */
export * as Faults from "./Faults.js"

/**
 * The mock on a local socket.
 *
 * @since 0.1.0
 */
export * as MockServer from "./MockServer.js"

/**
 * @since 0.1.0
 */

/**
 * Shared schemas: identifiers, pagination parameters, E-goi dates, open enums.
 *
 * @since 0.1.0
 */
export * as Common from "./Common.js"

/**
 * The API definition and its OpenAPI document.
 *
 * @since 0.1.0
 */
export * as EgoiApi from "./EgoiApi.js"

/**
 * The client service.
 *
 * @since 0.1.0
 */
export * as EgoiClient from "./EgoiClient.js"

/**
 * Client configuration.
 *
 * @since 0.1.0
 */
export * as EgoiConfig from "./EgoiConfig.js"

/**
 * The error model.
 *
 * @since 0.1.0
 */
export * as EgoiError from "./EgoiError.js"

/**
 * Lists.
 *
 * @since 0.1.0
 */
export * as Lists from "./Lists.js"

/**
 * My Account.
 *
 * @since 0.1.0
 */
export * as MyAccount from "./MyAccount.js"

/**
 * Pagination streams.
 *
 * @since 0.1.0
 */
export * as Pagination from "./Pagination.js"

/**
 * Ping.
 *
 * @since 0.1.0
 */
export * as Ping from "./Ping.js"

/**
 * Tags.
 *
 * @since 0.1.0
 */
export * as Tags from "./Tags.js"

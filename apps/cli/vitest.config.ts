import { shared } from "@egoi-ts/vitest-config"

export default shared

/**
 * `egoi config set|get|list|unset`: profiles of API keys and base URLs. The work is in
 * `internal/configCommand.ts`.
 *
 * @internal
 */
import { jsonFlag } from "../internal/commonFlags.js"
import { type Command, type Flag, lazy } from "../internal/spec.js"

const SETTING_NAMES = ["api-key", "base-url"]

const profileFlag: Flag = {
  name: "profile",
  kind: { _tag: "string" },
  placeholder: "NAME",
  description: "The profile to read or change; EGOI_PROFILE or default otherwise"
}

const setting = { name: "setting", required: true, values: SETTING_NAMES, description: "api-key or base-url" }

const run = lazy(() => import("../internal/configCommand.js"), "runConfig")

export const config: Command = {
  name: "config",
  summary: "Profiles: an API key and a base URL under a name, in your config directory",
  description: [
    "The file is $XDG_CONFIG_HOME/egoi/config.json (~/.config/egoi/config.json by default), mode 0600. Commands use the profile named by --profile, else by EGOI_PROFILE, else the profile default.",
    "Each setting comes from the first that has it: its flag (--api-key, --base-url), the profile named by --profile, its variable (EGOI_API_KEY, EGOI_BASE_URL), then the profile named by EGOI_PROFILE or default."
  ].join("\n"),
  subcommands: [
    {
      name: "set",
      summary: "Save a setting in a profile; the key is read from the terminal or stdin when not given",
      args: [
        setting,
        {
          name: "value",
          required: false,
          description: "The value; leave out for the key, to keep it out of shell history"
        }
      ],
      flags: [profileFlag],
      examples: [
        "config set api-key",
        "config set api-key --profile work < key.txt",
        "config set base-url http://127.0.0.1:4010 --profile local"
      ],
      run
    },
    {
      name: "get",
      summary: "Print a setting of a profile (the key is never printed: only whether it is set)",
      args: [setting],
      flags: [profileFlag],
      examples: ["config get base-url --profile local"],
      run
    },
    {
      name: "list",
      summary: "List the profiles and what each sets",
      flags: [jsonFlag],
      examples: ["config list"],
      run
    },
    {
      name: "unset",
      summary: "Remove a setting from a profile (a profile left empty is removed)",
      args: [setting],
      flags: [profileFlag],
      examples: ["config unset api-key --profile old"],
      run
    }
  ]
}

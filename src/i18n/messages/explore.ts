/** Strings of the explore surface. */
import { defineMessages } from "./define.ts";

export const explore = defineMessages({}, {});

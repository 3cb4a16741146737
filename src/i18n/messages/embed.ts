/** Strings of the embed surface. */
import { defineMessages } from "./define.ts";

export const embed = defineMessages({}, {});

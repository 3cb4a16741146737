/** Strings of the present surface. */
import { defineMessages } from "./define.ts";

export const present = defineMessages({}, {});

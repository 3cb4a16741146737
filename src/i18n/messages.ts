/**
 * Every visible string of the interface, in English and Korean, composed from one block per area so
 * that areas can grow without stepping on each other. `{name}` placeholders are filled by translate.ts;
 * numbers arrive already formatted by format.ts.
 */
import { core } from "./messages/core.ts";
import { embed } from "./messages/embed.ts";
import { explore } from "./messages/explore.ts";
import { present } from "./messages/present.ts";

const en = { ...core.en, ...explore.en, ...embed.en, ...present.en };

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const ko: Messages = { ...core.ko, ...explore.ko, ...embed.ko, ...present.ko };

export const MESSAGES = { en, ko } as const;

/**
 * What the app may use from the embed feature: the explorer's Embed dialog and the embed code
 * generator. (Features do not import each other: src/app hands <EmbedButton chartId view /> to the
 * explorer, e.g. as a slot in the chart frame's controls.)
 */
export { EmbedButton } from "./EmbedButton.tsx";
export { EmbedDialog, type EmbedDialogProps } from "./EmbedDialog.tsx";
export { embedCode, embedUrl, staticSvgUrl, EMBED_INITIAL_HEIGHT } from "./embed-code.ts";
